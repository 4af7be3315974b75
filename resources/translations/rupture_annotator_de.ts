<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
  <context>
    <name>AgreementWindow</name>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="56" />
      <source>All coders together</source>
      <translation>Alle Kodierenden gemeinsam</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="149" />
      <source>Filter {table} (e.g. ICC(2,1), wd_, kappa)</source>
      <translation>{table} filtern (z. B. ICC(2,1), wd_, kappa)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="163" />
      <source>Coder Agreement</source>
      <translation>Kodierer-Übereinstimmung</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="175" />
      <source>Add Folder…</source>
      <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="177" />
      <source>Add Files…</source>
      <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="179" />
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="191" />
      <source>all coders in the files (or names, comma-separated)</source>
      <translation>alle Kodierenden in den Dateien (oder Namen, durch Kommas getrennt)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="196" />
      <source>Compare each coder with one (e.g. the expert) instead</source>
      <translation>Stattdessen alle Kodierenden mit einer Person vergleichen (z. B. der Expertin oder dem Experten)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="203" />
      <source>Two coders' ruptures are one event when they are of the same kind and overlap by at least this share of the shorter one</source>
      <translation>Die Brüche zweier Kodierender gelten als ein Ereignis, wenn sie von derselben Art sind und sich mindestens um diesen Anteil des kürzeren überlappen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="208" />
      <source>Coders</source>
      <translation>Kodierende</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="210" />
      <source>Compare</source>
      <translation>Vergleich</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="212" />
      <source>Rupture overlap</source>
      <translation>Überlappung der Brüche</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="216" />
      <source>Study</source>
      <translation>Studie</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="219" />
      <source>Compute</source>
      <translation>Berechnen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="222" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="225" />
      <source>Save Workbook…</source>
      <translation>Arbeitsmappe speichern…</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="233" />
      <source>Choose the project files or folders of the study, then Compute.</source>
      <translation>Wählen Sie die Projektdateien oder Ordner der Studie, dann „Berechnen“.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="285" />
      <source>Study folder</source>
      <translation>Studienordner</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="293" />
      <source>Project files</source>
      <translation>Projektdateien</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="295" />
      <source>Projects (*{suffix})</source>
      <translation>Projekte (*{suffix})</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="327" />
      <source>Reading the study…</source>
      <translation>Die Studie wird gelesen…</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="332" />
      <source>Cancelled: nothing was computed.</source>
      <translation>Abgebrochen: Es wurde nichts berechnet.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="355" />
      <source>Agreement failed</source>
      <translation>Die Übereinstimmung konnte nicht berechnet werden</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="366" />
      <source>{coders} ({names}) on {recordings}, {segments}. ICC(2,1) is the default; the Summary's meaning column says when another applies.</source>
      <translation>{coders} ({names}) in {recordings}, {segments}. ICC(2,1) ist die Vorgabe; die Spalte meaning der Summary-Tabelle sagt, wann ein anderer gilt.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="369" />
      <source>%n coder(s)</source>
      <translation>
        <numerusform>%n Kodierer</numerusform>
        <numerusform>%n Kodierende</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="371" />
      <source>%n recording(s)</source>
      <translation>
        <numerusform>%n Aufnahme</numerusform>
        <numerusform>%n Aufnahmen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="372" />
      <source>%n segment(s)</source>
      <translation>
        <numerusform>%n Segment</numerusform>
        <numerusform>%n Segmente</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="399" />
      <source>Notes: {notes}</source>
      <translation>Hinweise: {notes}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="401" />
      <source>(and {n} more in About)</source>
      <translation>(und {n} weitere in About)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="413" />
      <source>Save agreement workbook</source>
      <translation>Arbeitsmappe der Übereinstimmung speichern</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="415" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="433" />
      <source>Saved {path}.</source>
      <translation>{path} gespeichert.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="436" />
      <source>Agreement saved</source>
      <translation>Übereinstimmung gespeichert</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="437" />
      <source>Saved the agreement workbook to {path}.</source>
      <translation>Die Arbeitsmappe der Übereinstimmung wurde unter {path} gespeichert.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="441" />
      <source>Open Folder</source>
      <translation>Ordner öffnen</translation>
    </message>
  </context>
  <context>
    <name>BlindControl</name>
    <message>
      <location filename="../../rupture_annotator/ui/blind.py" line="28" />
      <source>Blind: only your own coding is shown</source>
      <translation>Blind: Nur Ihre eigene Kodierung wird gezeigt</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/blind.py" line="124" />
      <source>Turn blind coding on</source>
      <translation>Blindes Kodieren einschalten</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/blind.py" line="128" />
      <source>Blind coding: each coder sees only their own spans and ratings. Others' coding stays in the file and is saved with it.</source>
      <translation>Blindes Kodieren: Alle Kodierenden sehen nur ihre eigenen Spannen und Bewertungen. Die Kodierung der anderen bleibt in der Datei und wird mit ihr gespeichert.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/blind.py" line="140" />
      <source>you</source>
      <translation>Sie</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/blind.py" line="143" />
      <source>Stop coding blind?</source>
      <translation>Blindes Kodieren beenden?</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/blind.py" line="146" />
      <source>Other coders' spans and ratings will be shown to {who}. Coding blind cannot be restored once you have seen them; this is remembered for {who} in the project file. Show them?</source>
      <translation>Die Spannen und Bewertungen anderer Kodierender werden für {who} sichtbar. Wer sie gesehen hat, kann nicht mehr blind kodieren; das wird für {who} in der Projektdatei vermerkt. Jetzt zeigen?</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/blind.py" line="156" />
      <source>Stop coding blind</source>
      <translation>Blindes Kodieren beenden</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/blind.py" line="161" />
      <source>{what} shows other coders' coding.</source>
      <translation>{what} zeigt die Kodierung anderer Kodierender.</translation>
    </message>
  </context>
  <context>
    <name>CaptionOverlay</name>
    <message>
      <location filename="../../rupture_annotator/ui/review/captions.py" line="32" />
      <source>Withdrawal rupture</source>
      <translation>Rückzugsbruch</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/captions.py" line="33" />
      <source>Confrontation rupture</source>
      <translation>Konfrontationsbruch</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/captions.py" line="37" />
      <source>significance {n}</source>
      <translation>Bedeutsamkeit {n}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/captions.py" line="40" />
      <source>Resolution strategy</source>
      <translation>Lösungsstrategie</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/captions.py" line="42" />
      <source>resolution {n}</source>
      <translation>Lösung {n}</translation>
    </message>
  </context>
  <context>
    <name>CheckCodingPanel</name>
    <message>
      <location filename="../../rupture_annotator/ui/check_coding.py" line="46" />
      <source>Nothing left to code</source>
      <translation>Nichts mehr zu kodieren</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/check_coding.py" line="111" />
      <source>Grouped by what is open</source>
      <translation>Nach offenem Punkt gruppiert</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/check_coding.py" line="112" />
      <source>In time order</source>
      <translation>In zeitlicher Reihenfolge</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/check_coding.py" line="113" />
      <source>Order</source>
      <translation>Reihenfolge</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/check_coding.py" line="120" />
      <source>Time</source>
      <translation>Zeit</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/check_coding.py" line="120" />
      <source>What is open</source>
      <translation>Was offen ist</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/check_coding.py" line="121" />
      <source>Open items</source>
      <translation>Offene Punkte</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/check_coding.py" line="137" />
      <source>Return or a double click goes to an item and selects its span.</source>
      <translation>Eingabetaste oder Doppelklick springt zu einem Punkt und wählt seine Spanne.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/check_coding.py" line="183" />
      <source>No recording open.</source>
      <translation>Keine Aufnahme geöffnet.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/check_coding.py" line="185" />
      <source>Give your coder name first (Edit → Set Coder…).</source>
      <translation>Geben Sie zuerst Ihren Kodierernamen an (Bearbeiten → Kodierer festlegen…).</translation>
    </message>
    <message numerus="yes">
      <location filename="../../rupture_annotator/ui/check_coding.py" line="188" />
      <source>%n open item(s) for {coder}</source>
      <translation>
        <numerusform>%n offener Punkt für {coder}</numerusform>
        <numerusform>%n offene Punkte für {coder}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/check_coding.py" line="191" />
      <source>Everything is coded for {coder}.</source>
      <translation>Für {coder} ist alles kodiert.</translation>
    </message>
  </context>
  <context>
    <name>CodebookEditor</name>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="74" />
      <source>Codebook — {name}</source>
      <translation>Codebuch — {name}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="90" />
      <source>&amp;General</source>
      <translation>&amp;Allgemein</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="93" />
      <source>&amp;Withdrawal markers</source>
      <translation>&amp;Rückzugsmarker</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="94" />
      <source>&amp;Confrontation markers</source>
      <translation>&amp;Konfrontationsmarker</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="96" />
      <source>&amp;Strategies</source>
      <translation>&amp;Strategien</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="98" />
      <source>S&amp;cales</source>
      <translation>S&amp;kalen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="101" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="593" />
      <source>Id</source>
      <translation>Id</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="102" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="218" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="250" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="285" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="348" />
      <source>Label</source>
      <translation>Bezeichnung</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="106" />
      <source>&amp;Actors</source>
      <translation>A&amp;kteure</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="107" />
      <source>&amp;Translations</source>
      <translation>&amp;Übersetzungen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="117" />
      <source>&amp;Load Lab Codebook…</source>
      <translation>Labor-Codebuch &amp;laden…</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="119" />
      <source>Fill the editor from a *.codebook.json file; nothing changes until OK.</source>
      <translation>Den Editor aus einer *.codebook.json-Datei füllen; nichts ändert sich vor OK.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="122" />
      <source>Save &amp;As…</source>
      <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="123" />
      <source>Write this codebook as one file to share with a lab.</source>
      <translation>Dieses Codebuch als eine Datei schreiben, um es mit einem Labor zu teilen.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="154" />
      <source>Give a changed codebook a new version, so exports tell the two apart.</source>
      <translation>Geben Sie einem geänderten Codebuch eine neue Version, damit Exporte die beiden unterscheiden.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="159" />
      <source>The language of the labels, as a code: en, de, es, pt_BR.</source>
      <translation>Die Sprache der Bezeichnungen, als Code: en, de, es, pt_BR.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="166" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="167" />
      <source>The 3RS rates 5-minute segments; some labs use 1 minute.</source>
      <translation>Das 3RS bewertet 5-Minuten-Segmente; manche Labore nutzen 1 Minute.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="169" />
      <source>in every segment it overlaps</source>
      <translation>in jedem Segment, das sie überlappt</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="170" />
      <source>only in the segment where it starts</source>
      <translation>nur in dem Segment, in dem sie beginnt</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="176" />
      <source>Name:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="177" />
      <source>Version:</source>
      <translation>Version:</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="178" />
      <source>Id:</source>
      <translation>Id:</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="179" />
      <source>Language of the labels:</source>
      <translation>Sprache der Bezeichnungen:</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="180" />
      <source>Description:</source>
      <translation>Beschreibung:</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="181" />
      <source>Segment length:</source>
      <translation>Segmentlänge:</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="182" />
      <source>A span across a segment boundary counts:</source>
      <translation>Eine Spanne über eine Segmentgrenze zählt:</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="184" />
      <source>Withdrawal lane colour:</source>
      <translation>Farbe der Rückzugsspur:</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="185" />
      <source>Confrontation lane colour:</source>
      <translation>Farbe der Konfrontationsspur:</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="186" />
      <source>Resolution lane colour:</source>
      <translation>Farbe der Lösungsspur:</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="204" />
      <source>new marker</source>
      <translation>neuer Marker</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="216" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="248" />
      <source>Key</source>
      <translation>Taste</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="216" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="248" />
      <source>1…9 or 0: toggles it</source>
      <translation>1…9 oder 0: schaltet ihn um</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="217" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="249" />
      <source>No.</source>
      <translation>Nr.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="219" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="252" />
      <source>Definition</source>
      <translation>Definition</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="220" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="253" />
      <source>Colour</source>
      <translation>Farbe</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="221" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="251" />
      <source>Group</source>
      <translation>Gruppe</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="222" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="254" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="284" />
      <source>Id (in the data)</source>
      <translation>Id (in den Daten)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="231" />
      <source>new strategy</source>
      <translation>neue Strategie</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="242" />
      <source>immediate</source>
      <translation>unmittelbar</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="243" />
      <source>exploratory</source>
      <translation>explorativ</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="244" />
      <source>ungrouped</source>
      <translation>ohne Gruppe</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="262" />
      <source>new scale</source>
      <translation>neue Skala</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="272" />
      <source>each segment</source>
      <translation>jedes Segment</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="273" />
      <source>the session</source>
      <translation>die Sitzung</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="274" />
      <source>a rupture span</source>
      <translation>eine Bruchspanne</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="275" />
      <source>a strategy span</source>
      <translation>eine Strategiespanne</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="279" />
      <source>withdrawal</source>
      <translation>Rückzug</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="280" />
      <source>confrontation</source>
      <translation>Konfrontation</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="286" />
      <source>Rates</source>
      <translation>Bewertet</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="287" />
      <source>From</source>
      <translation>Von</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="288" />
      <source>To</source>
      <translation>Bis</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="291" />
      <source>Anchors</source>
      <translation>Anker</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="293" />
      <source>What each value means: 1 = None; 3 = Some; 5 = High</source>
      <translation>Was jeder Wert bedeutet: 1 = Keine; 3 = Etwas; 5 = Hoch</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="297" />
      <source>Rupture kind</source>
      <translation>Bruchart</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="301" />
      <source>A segment rating of one kind (3RS significance, salience)</source>
      <translation>Eine Segmentbewertung einer Art (3RS-Bedeutsamkeit, Salienz)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="305" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="425" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="615" />
      <source>Actor</source>
      <translation>Akteur</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="307" />
      <source>Whose moving away or against it rates (an actor id), or empty</source>
      <translation>Wessen Sich-Entfernen oder Dagegen-Wenden sie bewertet (eine Akteur-Id), oder leer</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="318" />
      <source>With actors (3RS v2022: patient, therapist), every rupture is someone's and counts and segment ratings are per actor. The first is the default.</source>
      <translation>Mit Akteuren (3RS v2022: Patient, Therapeut) gehört jeder Bruch jemandem, und Zählungen und Segmentbewertungen gelten je Akteur. Der erste ist die Vorgabe.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="334" />
      <source>A language code: de, es, fr, pt_BR.</source>
      <translation>Ein Sprachcode: de, es, fr, pt_BR.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="336" />
      <source>Labels in:</source>
      <translation>Bezeichnungen auf:</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="341" />
      <source>Coders whose app is in that language see these labels; the data keeps the ids. Leave a label empty to show the codebook's own.</source>
      <translation>Kodierende, deren App in dieser Sprache ist, sehen diese Bezeichnungen; die Daten behalten die Ids. Leer lassen zeigt die eigene Bezeichnung des Codebuchs.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="348" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="348" />
      <source>Translated label</source>
      <translation>Übersetzte Bezeichnung</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="421" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="608" />
      <source>Withdrawal marker</source>
      <translation>Rückzugsmarker</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="422" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="608" />
      <source>Confrontation marker</source>
      <translation>Konfrontationsmarker</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="423" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="613" />
      <source>Strategy</source>
      <translation>Strategie</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="424" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="614" />
      <source>Scale</source>
      <translation>Skala</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="481" />
      <source>Scale {label}, anchors: {reason}.</source>
      <translation>Skala {label}, Anker: {reason}.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="570" />
      <source>This project is coded with {name}, version {version} (id {id}, fingerprint {fingerprint}).</source>
      <translation>Dieses Projekt wird mit {name} kodiert, Version {version} (Id {id}, Fingerabdruck {fingerprint}).</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="580" />
      <source>You changed the codebook: give it a new version (now {version}) so its exports and files tell the two apart.</source>
      <translation>Sie haben das Codebuch geändert: Geben Sie ihm eine neue Version (jetzt {version}), damit Exporte und Dateien die beiden unterscheiden.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="594" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="595" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="596" />
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="597" />
      <source>Segment length</source>
      <translation>Segmentlänge</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="598" />
      <source>Lane colour</source>
      <translation>Spurfarbe</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="626" />
      <source>Load a lab codebook</source>
      <translation>Ein Labor-Codebuch laden</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="628" />
      <source>Codebooks (*{suffix} *.json)</source>
      <translation>Codebücher (*{suffix} *.json)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="639" />
      <source>Codebook not loaded</source>
      <translation>Codebuch nicht geladen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="640" />
      <source>{name} cannot be used:</source>
      <translation>{name} kann nicht verwendet werden:</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="654" />
      <source>Save the codebook for the lab</source>
      <translation>Das Codebuch für das Labor speichern</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="656" />
      <source>Codebooks (*{suffix})</source>
      <translation>Codebücher (*{suffix})</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="669" />
      <source>Codebook not saved</source>
      <translation>Codebuch nicht gespeichert</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="671" />
      <source>Saved {path}.</source>
      <translation>{path} gespeichert.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="701" />
      <source>Edit codebook</source>
      <translation>Codebuch bearbeiten</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="709" />
      <source>The codebook could not be changed.</source>
      <translation>Das Codebuch konnte nicht geändert werden.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/tables.py" line="58" />
      <source>write anchors as '1 = None; 5 = High' (got {part!r})</source>
      <translation>Anker als '1 = Keine; 5 = Hoch' schreiben (erhalten: {part!r})</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/tables.py" line="98" />
      <source>&amp;Add</source>
      <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/tables.py" line="99" />
      <source>&amp;Remove</source>
      <translation>&amp;Entfernen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/tables.py" line="150" />
      <source>Spans store this id: it stays. Change the label to rename the code.</source>
      <translation>Spannen speichern diese Id: Sie bleibt. Ändern Sie die Bezeichnung, um den Code umzubenennen.</translation>
    </message>
  </context>
  <context>
    <name>CodebookPanel</name>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_panel.py" line="17" />
      <source>Key</source>
      <translation>Taste</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_panel.py" line="17" />
      <source>Marker / strategy</source>
      <translation>Marker / Strategie</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_panel.py" line="21" />
      <source>Select a span, then press a key to toggle that marker or strategy on it.</source>
      <translation>Eine Spanne wählen, dann eine Taste drücken, um diesen Marker oder diese Strategie darauf umzuschalten.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_panel.py" line="32" />
      <source>Withdrawal (W)  — {name}</source>
      <translation>Rückzug (W)  — {name}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_panel.py" line="37" />
      <source>Confrontation (C)</source>
      <translation>Konfrontation (C)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_panel.py" line="42" />
      <source>Resolution strategies (R)</source>
      <translation>Lösungsstrategien (R)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_panel.py" line="61" />
      <source>{label} (taken out: recode its spans)</source>
      <translation>{label} (entfernt: Spannen neu kodieren)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_panel.py" line="63" />
      <source>Taken out of the codebook; spans that still carry it are listed by Check Coding.</source>
      <translation>Aus dem Codebuch entfernt; Spannen, die ihn noch tragen, listet „Kodierung prüfen“ auf.</translation>
    </message>
  </context>
  <context>
    <name>CommentBox</name>
    <message>
      <location filename="../../rupture_annotator/ui/review/comment_box.py" line="26" />
      <source>Comment</source>
      <translation>Kommentar</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/comment_box.py" line="31" />
      <source>Feedback on this moment (Ctrl+Return to add it)</source>
      <translation>Rückmeldung zu diesem Moment (Strg+Eingabe fügt sie hinzu)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/comment_box.py" line="36" />
      <source>Add Comment</source>
      <translation>Kommentar hinzufügen</translation>
    </message>
  </context>
  <context>
    <name>CompareTimeline</name>
    <message>
      <location filename="../../rupture_annotator/ui/compare/timeline.py" line="29" />
      <source>Compare timeline</source>
      <translation>Vergleichszeitleiste</translation>
    </message>
  </context>
  <context>
    <name>CompareWindow</name>
    <message>
      <location filename="../../rupture_annotator/ui/compare/opening.py" line="66" />
      <source>Compare coders</source>
      <translation>Kodierende vergleichen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/opening.py" line="71" />
      <source>Save the project first: the coders' files are found beside it.</source>
      <translation>Speichern Sie zuerst das Projekt: Die Dateien der Kodierenden werden daneben gesucht.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/opening.py" line="91" />
      <source>The coders' project files for this recording</source>
      <translation>Die Projektdateien der Kodierenden zu dieser Aufnahme</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/opening.py" line="95" />
      <source>Projects (*{suffix})</source>
      <translation>Projekte (*{suffix})</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="138" />
      <source> and </source>
      <translation> und </translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="140" />
      <source>Check against gold: {names} — Rupture Annotator</source>
      <translation>Gegen Gold prüfen: {names} — Rupture Annotator</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="142" />
      <source>Compare coders: {names} — Rupture Annotator</source>
      <translation>Kodierende vergleichen: {names} — Rupture Annotator</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="178" />
      <source>Time</source>
      <translation>Zeit</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="178" />
      <source>What differs</source>
      <translation>Was abweicht</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="178" />
      <source>Consensus</source>
      <translation>Konsens</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="178" />
      <source>Lane</source>
      <translation>Spur</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="194" />
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="195" />
      <source>Loop</source>
      <translation>Schleife</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="196" />
      <source>Go on</source>
      <translation>Weiter</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="207" />
      <source>Variable</source>
      <translation>Variable</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="207" />
      <source>Statistic</source>
      <translation>Statistik</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="207" />
      <source>Value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="207" />
      <source>Units</source>
      <translation>Einheiten</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="223" />
      <source>not rated</source>
      <translation>nicht bewertet</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="228" />
      <source>Consensus segment ratings</source>
      <translation>Segmentbewertungen des Konsenses</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="232" />
      <source>&lt;b&gt;Agreement on this recording&lt;/b&gt; ({names})</source>
      <translation>&lt;b&gt;Übereinstimmung in dieser Aufnahme&lt;/b&gt; ({names})</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="235" />
      <source>&lt;b&gt;Consensus&lt;/b&gt;</source>
      <translation>&lt;b&gt;Konsens&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="246" />
      <source>After a disagreement</source>
      <translation>Nach einer Abweichung</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="285" />
      <source>&amp;Compare</source>
      <translation>&amp;Vergleich</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="289" />
      <source>&amp;Next Disagreement</source>
      <translation>&amp;Nächste Abweichung</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="290" />
      <source>&amp;Previous Disagreement</source>
      <translation>&amp;Vorherige Abweichung</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="291" />
      <source>&amp;Replay Disagreement</source>
      <translation>Abweichung &amp;wiederholen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="292" />
      <source>Play / Pause</source>
      <translation>Abspielen / Pause</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="293" />
      <source>Slower</source>
      <translation>Langsamer</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="294" />
      <source>Faster</source>
      <translation>Schneller</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="297" />
      <source>Consensus Takes {coder}'s</source>
      <translation>Konsens übernimmt von {coder}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="301" />
      <source>New Consensus Span from Both</source>
      <translation>Neue Konsensspanne aus beiden</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="302" />
      <source>Remove Consensus Span</source>
      <translation>Konsensspanne entfernen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="303" />
      <source>&amp;Undo</source>
      <translation>&amp;Rückgängig</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="306" />
      <source>&amp;Redo</source>
      <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="310" />
      <source>&amp;Save Consensus</source>
      <translation>Konsens s&amp;peichern</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="313" />
      <source>Co&amp;mment for the Trainee…</source>
      <translation>&amp;Kommentar für die auszubildende Person…</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="315" />
      <source>&amp;Close</source>
      <translation>&amp;Schließen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="327" />
      <source>Toggle code {key}</source>
      <translation>Code {key} umschalten</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="354" />
      <source>No further disagreement.</source>
      <translation>Keine weitere Abweichung.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="380" />
      <source> vs </source>
      <translation> vs. </translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="422" />
      <source>Pick a disagreement first (PgDown).</source>
      <translation>Wählen Sie zuerst eine Abweichung (Bild ab).</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="441" />
      <source>Consensus rating of segment {n} taken from {coder}.</source>
      <translation>Konsensbewertung von Segment {n} von {coder} übernommen.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="445" />
      <source>Consensus takes {coder}'s span</source>
      <translation>Konsens übernimmt die Spanne von {coder}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="455" />
      <source>Consensus takes {coder}'s span here.</source>
      <translation>Der Konsens übernimmt hier die Spanne von {coder}.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="457" />
      <source>Consensus takes nothing here: {coder} has no span.</source>
      <translation>Der Konsens übernimmt hier nichts: {coder} hat keine Spanne.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="468" />
      <source>This disagreement has no spans to agree from.</source>
      <translation>Diese Abweichung hat keine Spannen, aus denen sich ein Konsens bilden lässt.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="472" />
      <source>New consensus span</source>
      <translation>Neue Konsensspanne</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="480" />
      <source>A new consensus span from both: toggle its codes with 1…9, 0.</source>
      <translation>Eine neue Konsensspanne aus beiden: Ihre Codes mit 1…9, 0 umschalten.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="490" />
      <source>No consensus span here to remove.</source>
      <translation>Hier gibt es keine Konsensspanne zu entfernen.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="493" />
      <source>Remove consensus span</source>
      <translation>Konsensspanne entfernen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="509" />
      <source>Take a span into the consensus first (A, B or E).</source>
      <translation>Übernehmen Sie zuerst eine Spanne in den Konsens (A, B oder E).</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="531" />
      <source>Toggle consensus code</source>
      <translation>Konsenscode umschalten</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="562" />
      <source>Saved the consensus as {name}.</source>
      <translation>Der Konsens wurde als {name} gespeichert.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="579" />
      <source>Only the gold standard marked this: {trainee} has no span here to comment on.</source>
      <translation>Nur der Goldstandard hat dies markiert: {trainee} hat hier keine Spanne, die sich kommentieren ließe.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="588" />
      <source>Comment for the trainee</source>
      <translation>Kommentar für die auszubildende Person</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="589" />
      <source>On {trainee}'s span ({what}):</source>
      <translation>Zur Spanne von {trainee} ({what}):</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="606" />
      <source>Add comment</source>
      <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="608" />
      <source>Comment added to {trainee}'s file.</source>
      <translation>Kommentar in der Datei von {trainee} hinzugefügt.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../rupture_annotator/ui/compare/window.py" line="656" />
      <source>&lt;b&gt;%n disagreement(s)&lt;/b&gt;: {kinds}. PgDown plays the next.</source>
      <translation>
        <numerusform>&lt;b&gt;%n Abweichung&lt;/b&gt;: {kinds}. Bild ab spielt die nächste.</numerusform>
        <numerusform>&lt;b&gt;%n Abweichungen&lt;/b&gt;: {kinds}. Bild ab spielt die nächste.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="657" />
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="665" />
      <source>segment {n}</source>
      <translation>Segment {n}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="667" />
      <source>withdrawal</source>
      <translation>Rückzug</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="668" />
      <source>confrontation</source>
      <translation>Konfrontation</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="669" />
      <source>resolution</source>
      <translation>Lösung</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="670" />
      <source>rupture</source>
      <translation>Bruch</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="691" />
      <source>{span} (from {coders})</source>
      <translation>{span} (von {coders})</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="708" />
      <source>Pick a disagreement (PgDown) to build the consensus on it.</source>
      <translation>Wählen Sie eine Abweichung (Bild ab), um darauf den Konsens zu bilden.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="712" />
      <source>Segment {n}: A or B takes that coder's rating; or set it below.</source>
      <translation>Segment {n}: A oder B übernimmt die Bewertung dieser Person; oder unten festlegen.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="722" />
      <source>{coder}'s span {id}</source>
      <translation>Spanne {id} von {coder}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="726" />
      <source>{span} — agreed from {origin}</source>
      <translation>{span} — vereinbart aus {origin}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="733" />
      <source>No consensus span yet: A or B takes a coder's span, E a new one.</source>
      <translation>Noch keine Konsensspanne: A oder B übernimmt die Spanne einer Person, E bildet eine neue.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="737" />
      <source>Consensus ratings of segment {n}</source>
      <translation>Konsensbewertungen von Segment {n}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="739" />
      <source>Consensus segment ratings (pick a segment disagreement)</source>
      <translation>Segmentbewertungen des Konsenses (eine Segmentabweichung wählen)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="784" />
      <source>Unsaved consensus</source>
      <translation>Ungespeicherter Konsens</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/compare/window.py" line="785" />
      <source>Save the consensus coding before closing?</source>
      <translation>Die Konsenskodierung vor dem Schließen speichern?</translation>
    </message>
  </context>
  <context>
    <name>CrashReporter</name>
    <message>
      <location filename="../../rupture_annotator/ui/crash_report.py" line="43" />
      <source>Something went wrong ({error}): unsaved work is kept for recovery, and the details were written to {log}.</source>
      <translation>Etwas ist schiefgegangen ({error}): Ungespeicherte Arbeit wird zur Wiederherstellung aufbewahrt, und die Einzelheiten wurden in {log} geschrieben.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/crash_report.py" line="49" />
      <source>Something went wrong ({error}): unsaved work is kept for recovery, and the details could not be written to a log file.</source>
      <translation>Etwas ist schiefgegangen ({error}): Ungespeicherte Arbeit wird zur Wiederherstellung aufbewahrt, aber die Einzelheiten konnten in keine Protokolldatei geschrieben werden.</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../rupture_annotator/ui/agreement_dialog.py" line="354" />
      <location filename="../../rupture_annotator/ui/export_dialog.py" line="298" />
      <source>The export failed</source>
      <translation>Der Export ist fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/export_dialog.py" line="43" />
      <source>All coders</source>
      <translation>Alle Kodierenden</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/export_dialog.py" line="91" />
      <location filename="../../rupture_annotator/ui/export_dialog.py" line="139" />
      <location filename="../../rupture_annotator/ui/export_dialog.py" line="213" />
      <source>Export</source>
      <translation>Exportieren</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/export_dialog.py" line="101" />
      <source>Browse…</source>
      <translation>Durchsuchen…</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/export_dialog.py" line="107" />
      <source>Excel workbook (.xlsx), one sheet per table</source>
      <translation>Excel-Arbeitsmappe (.xlsx), ein Tabellenblatt je Tabelle</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/export_dialog.py" line="109" />
      <source>CSV files, one per table (UTF-8)</source>
      <translation>CSV-Dateien, eine je Tabelle (UTF-8)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/export_dialog.py" line="111" />
      <source>Start CSV files with a byte-order mark (Excel shows accents)</source>
      <translation>CSV-Dateien mit Byte-Order-Mark beginnen (Excel zeigt Umlaute richtig)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/export_dialog.py" line="115" />
      <source>A timeline picture of each session</source>
      <translation>Ein Zeitleistenbild jeder Sitzung</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/export_dialog.py" line="128" />
      <source>Save as</source>
      <translation>Speichern unter</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/export_dialog.py" line="129" />
      <source>Files</source>
      <translation>Dateien</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/export_dialog.py" line="133" />
      <source>Coding of</source>
      <translation>Kodierung von</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/export_dialog.py" line="173" />
      <source>Choose a file name and at least one kind of file.</source>
      <translation>Wählen Sie einen Dateinamen und mindestens eine Dateiart.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/export_dialog.py" line="180" />
      <source>{folder}/ (pictures)</source>
      <translation>{folder}/ (Bilder)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/export_dialog.py" line="185" />
      <source>{folder}/ (CSV and pictures)</source>
      <translation>{folder}/ (CSV und Bilder)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/export_dialog.py" line="188" />
      <source>{folder}/ (CSV)</source>
      <translation>{folder}/ (CSV)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/export_dialog.py" line="189" />
      <source> and </source>
      <translation> und </translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/export_dialog.py" line="192" />
      <source>Writes {files} in {folder}.</source>
      <translation>Schreibt {files} in {folder}.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/export_dialog.py" line="197" />
      <source>Export to</source>
      <translation>Exportieren nach</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/export_dialog.py" line="197" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/export_dialog.py" line="211" />
      <source>Exporting…</source>
      <translation>Export läuft…</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/export_dialog.py" line="211" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/export_dialog.py" line="252" />
      <source>Exported {ruptures} and {strategies} to {files} in {folder}.</source>
      <translation>{ruptures} und {strategies} in {files} in {folder} exportiert.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../rupture_annotator/ui/export_dialog.py" line="253" />
      <source>%n rupture(s)</source>
      <translation>
        <numerusform>%n Bruch</numerusform>
        <numerusform>%n Brüche</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../rupture_annotator/ui/export_dialog.py" line="254" />
      <source>%n resolution strategy(ies)</source>
      <translation>
        <numerusform>%n Lösungsstrategie</numerusform>
        <numerusform>%n Lösungsstrategien</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../rupture_annotator/ui/export_dialog.py" line="255" />
      <source>%n file(s)</source>
      <translation>
        <numerusform>%n Datei</numerusform>
        <numerusform>%n Dateien</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/export_dialog.py" line="260" />
      <source>Export finished</source>
      <translation>Export abgeschlossen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/export_dialog.py" line="265" />
      <source>Open Folder</source>
      <translation>Ordner öffnen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/export_dialog.py" line="277" />
      <source>Export failed</source>
      <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/export_dialog.py" line="302" />
      <source>The export could not be written: {reason}</source>
      <translation>Der Export konnte nicht geschrieben werden: {reason}</translation>
    </message>
  </context>
  <context>
    <name>GoldCheckDialog</name>
    <message>
      <location filename="../../rupture_annotator/ui/gold_check.py" line="52" />
      <source>Give your coder name first (Edit → Set Coder…).</source>
      <translation>Geben Sie zuerst Ihren Kodierernamen an (Bearbeiten → Kodierer festlegen…).</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/gold_check.py" line="57" />
      <source>Mark as gold standard</source>
      <translation>Als Goldstandard markieren</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/gold_check.py" line="59" />
      <source>{coder}'s coding in this file is the gold standard; save it, and trainees are checked against it (Study → Check Against Gold).</source>
      <translation>Die Kodierung von {coder} in dieser Datei ist der Goldstandard; speichern Sie sie, dann werden Auszubildende daran geprüft (Studie → Gegen Gold prüfen…).</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/gold_check.py" line="75" />
      <location filename="../../rupture_annotator/ui/gold_check.py" line="98" />
      <location filename="../../rupture_annotator/ui/gold_check.py" line="228" />
      <location filename="../../rupture_annotator/ui/gold_check.py" line="250" />
      <source>Check against gold</source>
      <translation>Gegen Gold prüfen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/gold_check.py" line="76" />
      <source>No file marks a gold standard for this recording. Whose coding is it?</source>
      <translation>Keine Datei markiert einen Goldstandard für diese Aufnahme. Wessen Kodierung ist es?</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/gold_check.py" line="99" />
      <source>Open the trainee's file to check it: this file holds only {gold}'s coding.</source>
      <translation>Öffnen Sie die Datei der auszubildenden Person, um sie zu prüfen: Diese Datei enthält nur die Kodierung von {gold}.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/gold_check.py" line="121" />
      <source>Check against gold: {trainee}</source>
      <translation>Gegen Gold prüfen: {trainee}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/gold_check.py" line="129" />
      <source>PASS</source>
      <translation>BESTANDEN</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/gold_check.py" line="129" />
      <location filename="../../rupture_annotator/ui/gold_check.py" line="160" />
      <source>FAIL</source>
      <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/gold_check.py" line="132" />
      <source>{trainee} against the gold standard ({gold})</source>
      <translation>{trainee} gegen den Goldstandard ({gold})</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/gold_check.py" line="139" />
      <source>Thresholds: {limits}. ICCs judge the segment ratings; κ the presence of each rupture kind per segment. An undefined value is not judged.</source>
      <translation>Schwellenwerte: {limits}. ICCs beurteilen die Segmentbewertungen, κ das Vorkommen jeder Bruchart je Segment. Ein nicht definierter Wert wird nicht beurteilt.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/gold_check.py" line="148" />
      <source>Variable</source>
      <translation>Variable</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/gold_check.py" line="149" />
      <source>Statistic</source>
      <translation>Statistik</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/gold_check.py" line="150" />
      <source>Value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/gold_check.py" line="151" />
      <source>Threshold</source>
      <translation>Schwellenwert</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/gold_check.py" line="152" />
      <source>Result</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/gold_check.py" line="153" />
      <source>Units / note</source>
      <translation>Einheiten / Hinweis</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/gold_check.py" line="160" />
      <source>pass</source>
      <translation>bestanden</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/gold_check.py" line="160" />
      <source>not judged</source>
      <translation>nicht beurteilt</translation>
    </message>
    <message numerus="yes">
      <location filename="../../rupture_annotator/ui/gold_check.py" line="168" />
      <source>%n unit(s)</source>
      <translation>
        <numerusform>%n Einheit</numerusform>
        <numerusform>%n Einheiten</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../rupture_annotator/ui/gold_check.py" line="176" />
      <source>Replay the %n Disagreement(s)</source>
      <translation>
        <numerusform>Die %n Abweichung wiederholen</numerusform>
        <numerusform>Die %n Abweichungen wiederholen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/gold_check.py" line="189" />
      <source>Replay opens the disagreements: PgDown plays the next, Ctrl+M comments on the trainee's span (saved in {trainee}'s file, never the gold file).</source>
      <translation>„Wiederholen“ öffnet die Abweichungen: Bild ab spielt die nächste, Strg+M kommentiert die Spanne der auszubildenden Person (gespeichert in der Datei von {trainee}, nie in der Gold-Datei).</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/gold_check.py" line="229" />
      <source>The check reads the saved files. Save this project now?</source>
      <translation>Die Prüfung liest die gespeicherten Dateien. Dieses Projekt jetzt speichern?</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="68" />
      <source>Withdrawal rupture</source>
      <translation>Rückzugsbruch</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="69" />
      <source>Confrontation rupture</source>
      <translation>Konfrontationsbruch</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="70" />
      <source>Resolution strategy</source>
      <translation>Lösungsstrategie</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="71" />
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="356" />
      <source>Leave out</source>
      <translation>Auslassen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="74" />
      <source>withdrawal</source>
      <translation>Rückzug</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="75" />
      <source>confrontation</source>
      <translation>Konfrontation</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="76" />
      <source>strategy</source>
      <translation>Strategie</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="77" />
      <source>ignore</source>
      <translation>ignorieren</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="89" />
      <source>Import %n span(s) from {source}</source>
      <translation>%n Spanne(n) aus {source} importieren</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="111" />
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="241" />
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="249" />
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="601" />
      <source>Import Coding</source>
      <translation>Kodierung importieren</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="121" />
      <source>An ELAN .eaf, a BORIS .boris or a CSV / XLSX table</source>
      <translation>Eine ELAN-.eaf-, eine BORIS-.boris- oder eine CSV- / XLSX-Tabelle</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="123" />
      <source>Choose File…</source>
      <translation>Datei wählen…</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="130" />
      <source>Add to the open project (one step: Undo takes it back)</source>
      <translation>Zum geöffneten Projekt hinzufügen (ein Schritt: Rückgängig nimmt ihn zurück)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="132" />
      <source>Write a new project with codebook</source>
      <translation>Ein neues Projekt schreiben mit Codebuch</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="150" />
      <source>Spans</source>
      <translation>Spannen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="150" />
      <source>Becomes</source>
      <translation>Wird zu</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="150" />
      <source>Taken</source>
      <translation>Übernommen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="151" />
      <source>Code in the file</source>
      <translation>Code in der Datei</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="152" />
      <source>Value in the file</source>
      <translation>Wert in der Datei</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="152" />
      <source>Times</source>
      <translation>Anzahl</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="154" />
      <source>Name in the file</source>
      <translation>Name in der Datei</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="154" />
      <source>Coder</source>
      <translation>Kodierer</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="154" />
      <source>Actor</source>
      <translation>Akteur</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="157" />
      <source>coders</source>
      <translation>Kodierende</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="158" />
      <source>actors (patient / therapist)</source>
      <translation>Akteure (Patient / Therapeut)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="160" />
      <source>needed when the file names no coder</source>
      <translation>nötig, wenn die Datei keine Kodierenden nennt</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="165" />
      <source>Names of subjects / participants are</source>
      <translation>Namen von Subjekten / Teilnehmenden sind</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="166" />
      <source>Coder when the file names none</source>
      <translation>Kodierer, wenn die Datei keinen nennt</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="167" />
      <source>A point event (BORIS) becomes a span of</source>
      <translation>Ein Punktereignis (BORIS) wird zu einer Spanne von</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="173" />
      <source>Codes</source>
      <translation>Codes</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="174" />
      <source>Values</source>
      <translation>Werte</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="175" />
      <source>Coders and Actors</source>
      <translation>Kodierende und Akteure</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="178" />
      <source>Choose a file to see what it holds.</source>
      <translation>Wählen Sie eine Datei, um zu sehen, was sie enthält.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="188" />
      <source>Preview — nothing is written until you import</source>
      <translation>Vorschau — nichts wird geschrieben, bevor Sie importieren</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="199" />
      <source>Import</source>
      <translation>Importieren</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="202" />
      <source>Load Map…</source>
      <translation>Zuordnung laden…</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="205" />
      <source>Save Map…</source>
      <translation>Zuordnung speichern…</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="217" />
      <source>Say what each code, value and name in the file is in the codebook (or load a saved map); the preview on the right follows every choice.</source>
      <translation>Legen Sie fest, was jeder Code, Wert und Name der Datei im Codebuch ist (oder laden Sie eine gespeicherte Zuordnung); die Vorschau rechts folgt jeder Wahl.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="300" />
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="309" />
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="313" />
      <source>Load Map</source>
      <translation>Zuordnung laden</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="300" />
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="321" />
      <source>Import maps (*.json)</source>
      <translation>Import-Zuordnungen (*.json)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="321" />
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="327" />
      <source>Save Map</source>
      <translation>Zuordnung speichern</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="343" />
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="584" />
      <source>automatic: {what}</source>
      <translation>automatisch: {what}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="345" />
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="583" />
      <source>— not mapped —</source>
      <translation>— nicht zugeordnet —</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="374" />
      <source>automatic</source>
      <translation>automatisch</translation>
    </message>
    <message numerus="yes">
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="418" />
      <source>%n rupture(s)</source>
      <translation>
        <numerusform>%n Bruch</numerusform>
        <numerusform>%n Brüche</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="419" />
      <source>%n strategy span(s)</source>
      <translation>
        <numerusform>%n Strategiespanne</numerusform>
        <numerusform>%n Strategiespannen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="422" />
      <source>Would add {ruptures} and {strategies} to the open project</source>
      <translation>Würde {ruptures} und {strategies} zum geöffneten Projekt hinzufügen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="424" />
      <source>Would add {ruptures} and {strategies} to a new project</source>
      <translation>Würde {ruptures} und {strategies} zu einem neuen Projekt hinzufügen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="427" />
      <source>new coders: {names}</source>
      <translation>neue Kodierende: {names}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="430" />
      <source>%n span(s) with an unmapped code</source>
      <translation>
        <numerusform>%n Spanne mit nicht zugeordnetem Code</numerusform>
        <numerusform>%n Spannen mit nicht zugeordnetem Code</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="433" />
      <source>%n unmapped value(s)</source>
      <translation>
        <numerusform>%n nicht zugeordneter Wert</numerusform>
        <numerusform>%n nicht zugeordnete Werte</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="435" />
      <source>%n span(s) left out (listed below)</source>
      <translation>
        <numerusform>%n Spanne ausgelassen (unten aufgeführt)</numerusform>
        <numerusform>%n Spannen ausgelassen (unten aufgeführt)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="445" />
      <source>%n span(s)</source>
      <translation>
        <numerusform>%n Spanne</numerusform>
        <numerusform>%n Spannen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="447" />
      <source>left out</source>
      <translation>ausgelassen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="449" />
      <source>not taken</source>
      <translation>nicht übernommen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="459" />
      <source>unmapped ×{n}</source>
      <translation>nicht zugeordnet ×{n}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="467" />
      <source>Add to Project</source>
      <translation>Zum Projekt hinzufügen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="467" />
      <source>Write Project…</source>
      <translation>Projekt schreiben…</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="490" />
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="501" />
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="519" />
      <source>Write New Project</source>
      <translation>Neues Projekt schreiben</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="492" />
      <source>Projects (*{suffix})</source>
      <translation>Projekte (*{suffix})</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="503" />
      <source>{name} already exists; an import writes a new project, never over one.</source>
      <translation>{name} gibt es schon; ein Import schreibt ein neues Projekt, nie über ein bestehendes.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="569" />
      <source>Not taken: say what it is in the Becomes column, or leave it out</source>
      <translation>Nicht übernommen: Legen Sie in der Spalte „Wird zu“ fest, was es ist, oder lassen Sie es aus</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/import_dialog.py" line="602" />
      <source>Wrote {path}. Open it with File → Open Project… to go on coding.</source>
      <translation>{path} wurde geschrieben. Öffnen Sie es mit Datei → Projekt öffnen…, um weiterzukodieren.</translation>
    </message>
  </context>
  <context>
    <name>Inspector</name>
    <message>
      <location filename="../../rupture_annotator/ui/inspector.py" line="27" />
      <source>Return keeps the note · Esc cancels · Shift+Return new line</source>
      <translation>Eingabe behält die Notiz · Esc bricht ab · Umschalt+Eingabe neue Zeile</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/inspector.py" line="70" />
      <source>Select a span on the timeline (or press ] ) to see and edit it here.</source>
      <translation>Wählen Sie eine Spanne in der Zeitleiste (oder drücken Sie ] ), um sie hier zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/inspector.py" line="76" />
      <location filename="../../rupture_annotator/ui/inspector.py" line="279" />
      <source>withdrawal</source>
      <translation>Rückzug</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/inspector.py" line="77" />
      <location filename="../../rupture_annotator/ui/inspector.py" line="279" />
      <source>confrontation</source>
      <translation>Konfrontation</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/inspector.py" line="87" />
      <source>Note (N) — what you saw, for the consensus meeting. Return keeps it, Esc cancels, Shift+Return starts a new line.</source>
      <translation>Notiz (N) — was Sie gesehen haben, für die Konsensbesprechung. Eingabe behält sie, Esc bricht ab, Umschalt+Eingabe beginnt eine neue Zeile.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/inspector.py" line="103" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/inspector.py" line="104" />
      <source>Start</source>
      <translation>Beginn</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/inspector.py" line="105" />
      <source>End</source>
      <translation>Ende</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/inspector.py" line="106" />
      <source>Rating</source>
      <translation>Bewertung</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/inspector.py" line="108" />
      <source>Addresses</source>
      <translation>Bezieht sich auf</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/inspector.py" line="109" />
      <source>Coder</source>
      <translation>Kodierer</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/inspector.py" line="118" />
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/inspector.py" line="198" />
      <source>Significance</source>
      <translation>Bedeutsamkeit</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/inspector.py" line="198" />
      <source>Resolution</source>
      <translation>Lösung</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/inspector.py" line="200" />
      <source>— not rated</source>
      <translation>— nicht bewertet</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/inspector.py" line="211" />
      <source>Markers (press the key to toggle)</source>
      <translation>Marker (Taste drücken zum Umschalten)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/inspector.py" line="219" />
      <source>Strategies (press the key to toggle)</source>
      <translation>Strategien (Taste drücken zum Umschalten)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/inspector.py" line="244" />
      <source>Comments ({n})</source>
      <translation>Kommentare ({n})</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/inspector.py" line="246" />
      <source>Comments</source>
      <translation>Kommentare</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/inspector.py" line="259" />
      <source>— no rupture</source>
      <translation>— kein Bruch</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/inspector.py" line="262" />
      <source>{kind} at {time} ({coder})</source>
      <translation>{kind} bei {time} ({coder})</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/inspector.py" line="272" />
      <source>Resolution strategy</source>
      <translation>Lösungsstrategie</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/inspector.py" line="274" />
      <source>Withdrawal rupture</source>
      <translation>Rückzugsbruch</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/inspector.py" line="275" />
      <source>Confrontation rupture</source>
      <translation>Konfrontationsbruch</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/inspector.py" line="290" />
      <source>Change kind</source>
      <translation>Art ändern</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/inspector.py" line="309" />
      <source>Rate</source>
      <translation>Bewerten</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/inspector.py" line="312" />
      <source>Link to rupture</source>
      <translation>Mit Bruch verknüpfen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/inspector.py" line="324" />
      <source>Choose markers</source>
      <translation>Marker wählen</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../rupture_annotator/ui/main_window.py" line="112" />
      <source>Inspector</source>
      <translation>Inspektor</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/main_window.py" line="115" />
      <source>Segment</source>
      <translation>Segment</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/main_window.py" line="118" />
      <source>Codebook</source>
      <translation>Codebuch</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/main_window.py" line="123" />
      <source>Review</source>
      <translation>Besprechung</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/main_window.py" line="127" />
      <source>Check Coding</source>
      <translation>Kodierung prüfen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/main_window.py" line="131" />
      <source>Transcript</source>
      <translation>Transkript</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/main_window.py" line="172" />
      <source>Open &amp;Recent</source>
      <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/main_window.py" line="233" />
      <source>Space plays. Mark a rupture with I and O, then W (withdrawal) or C (confrontation); R marks a resolution strategy. Press ? for every key.</source>
      <translation>Leertaste spielt ab. Markieren Sie einen Bruch mit I und O, dann W (Rückzug) oder C (Konfrontation); R markiert eine Lösungsstrategie. ? zeigt alle Tasten.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/main_window.py" line="242" />
      <source>No video: you can still code, edit and export.</source>
      <translation>Kein Video: Sie können trotzdem kodieren, bearbeiten und exportieren.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/main_window.py" line="244" />
      <source>No recording in this project.</source>
      <translation>Keine Aufnahme in diesem Projekt.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/main_window.py" line="317" />
      <source>Playback</source>
      <translation>Wiedergabe</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/main_window.py" line="343" />
      <source>Unsaved changes (kept for recovery)</source>
      <translation>Ungespeicherte Änderungen (zur Wiederherstellung aufbewahrt)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/main_window.py" line="343" />
      <source>Saved</source>
      <translation>Gespeichert</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/main_window.py" line="354" />
      <source>&amp;Undo {action}</source>
      <translation>&amp;Rückgängig: {action}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/main_window.py" line="359" />
      <source>&amp;Redo {action}</source>
      <translation>&amp;Wiederholen: {action}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/main_window.py" line="528" />
      <source>Saved {path}</source>
      <translation>{path} gespeichert</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/main_window.py" line="558" />
      <source>Coder agreement</source>
      <translation>Die Kodierer-Übereinstimmung</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/main_window.py" line="565" />
      <source>Comparing coders</source>
      <translation>Der Vergleich der Kodierenden</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/main_window.py" line="573" />
      <source>The check against gold</source>
      <translation>Die Prüfung gegen Gold</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/main_window.py" line="597" />
      <source>Coder: {name}</source>
      <translation>Kodierer: {name}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/main_window.py" line="599" />
      <source>Coder: none (Edit → Set Coder…)</source>
      <translation>Kodierer: keiner (Bearbeiten → Kodierer festlegen…)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/main_window.py" line="612" />
      <source>About Rupture Annotator</source>
      <translation>Über Rupture Annotator</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/main_window.py" line="616" />
      <source>Code alliance ruptures and their resolution (3RS) on session recordings. Works fully offline; videos are never copied or uploaded.</source>
      <translation>Allianzbrüche und ihre Lösung (3RS) in Sitzungsaufnahmen kodieren. Arbeitet vollständig offline; Videos werden nie kopiert oder hochgeladen.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/main_window.py" line="633" />
      <source>Unsaved changes</source>
      <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/main_window.py" line="634" />
      <source>Save the changes to this project before closing it?</source>
      <translation>Die Änderungen an diesem Projekt vor dem Schließen speichern?</translation>
    </message>
  </context>
  <context>
    <name>MomentTable</name>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="62" />
      <source>Time</source>
      <translation>Zeit</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="63" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="64" />
      <source>Markers / strategies</source>
      <translation>Marker / Strategien</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="65" />
      <source>Rating</source>
      <translation>Bewertung</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="66" />
      <source>Coder</source>
      <translation>Kodierer</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="67" />
      <source>Comments</source>
      <translation>Kommentare</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="68" />
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="131" />
      <source>Strategy</source>
      <translation>Strategie</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="132" />
      <source>Withdrawal</source>
      <translation>Rückzug</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="132" />
      <source>Confrontation</source>
      <translation>Konfrontation</translation>
    </message>
  </context>
  <context>
    <name>ReelBar</name>
    <message>
      <location filename="../../rupture_annotator/ui/review/reel_bar.py" line="11" />
      <source>— none —</source>
      <translation>— keine —</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/reel_bar.py" line="23" />
      <source>Open a saved reel: its filter, order and hand-picked moments</source>
      <translation>Eine gespeicherte Zusammenstellung öffnen: ihr Filter, ihre Reihenfolge und die ausgewählten Momente</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/reel_bar.py" line="29" />
      <source>Save as Reel…</source>
      <translation>Als Zusammenstellung speichern…</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/reel_bar.py" line="32" />
      <source>Keep the filter and order under a name; with two or more rows selected, keep those moments in that order</source>
      <translation>Filter und Reihenfolge unter einem Namen aufbewahren; bei zwei oder mehr gewählten Zeilen genau diese Momente in dieser Reihenfolge</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/reel_bar.py" line="37" />
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/reel_bar.py" line="38" />
      <source>Delete the open reel (Undo brings it back)</source>
      <translation>Die geöffnete Zusammenstellung löschen (Rückgängig holt sie zurück)</translation>
    </message>
  </context>
  <context>
    <name>RemovalDialog</name>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/removals.py" line="27" />
      <source>Codes still in use</source>
      <translation>Codes noch in Gebrauch</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/removals.py" line="31" />
      <source>The changed codebook takes out codes that coded spans still use. Say where each one's spans go; no span is deleted.</source>
      <translation>Das geänderte Codebuch entfernt Codes, die kodierte Spannen noch verwenden. Legen Sie fest, wohin deren Spannen gehen; keine Spanne wird gelöscht.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/removals.py" line="42" />
      <source>Keep on its spans, flagged for recoding</source>
      <translation>Auf den Spannen lassen, zum Neukodieren markiert</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/removals.py" line="44" />
      <source>Move its spans to {label}</source>
      <translation>Spannen verschieben nach {label}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../rupture_annotator/ui/codebook_editor/removals.py" line="46" />
      <source>Remove its %n rating(s)</source>
      <translation>
        <numerusform>Die %n Bewertung entfernen</numerusform>
        <numerusform>Die %n Bewertungen entfernen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/removals.py" line="48" />
      <source>Code no actor on its ruptures</source>
      <translation>Auf diesen Brüchen keinen Akteur kodieren</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/removals.py" line="63" />
      <source>The marker</source>
      <translation>Der Marker</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/removals.py" line="64" />
      <source>The strategy</source>
      <translation>Die Strategie</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/removals.py" line="65" />
      <source>The actor</source>
      <translation>Der Akteur</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/removals.py" line="66" />
      <source>The scale</source>
      <translation>Die Skala</translation>
    </message>
    <message numerus="yes">
      <location filename="../../rupture_annotator/ui/codebook_editor/removals.py" line="69" />
      <source>is used by %n rating(s).</source>
      <translation>
        <numerusform>wird von %n Bewertung verwendet.</numerusform>
        <numerusform>wird von %n Bewertungen verwendet.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../rupture_annotator/ui/codebook_editor/removals.py" line="71" />
      <source>is used by %n span(s).</source>
      <translation>
        <numerusform>wird von %n Spanne verwendet.</numerusform>
        <numerusform>wird von %n Spannen verwendet.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReviewMode</name>
    <message>
      <location filename="../../rupture_annotator/ui/review/mode.py" line="133" />
      <source>No further moment in the list.</source>
      <translation>Kein weiterer Moment in der Liste.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/mode.py" line="138" />
      <source>No moment to go back to.</source>
      <translation>Kein Moment, zu dem man zurückgehen könnte.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/mode.py" line="143" />
      <source>No moment to replay.</source>
      <translation>Kein Moment zum Wiederholen.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/mode.py" line="152" />
      <source>Captions show the note.</source>
      <translation>Die Untertitel zeigen die Notiz.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/mode.py" line="154" />
      <source>Captions hide the note.</source>
      <translation>Die Untertitel verbergen die Notiz.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/mode.py" line="167" />
      <source>Play or select a moment to comment on it.</source>
      <translation>Spielen oder wählen Sie einen Moment, um ihn zu kommentieren.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/mode.py" line="170" />
      <source>Set your name first (Edit → Set Coder…): comments carry it.</source>
      <translation>Legen Sie zuerst Ihren Namen fest (Bearbeiten → Kodierer festlegen…): Kommentare tragen ihn.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/mode.py" line="175" />
      <source>On the strategy at {time}, as {coder}.</source>
      <translation>Zur Strategie bei {time}, als {coder}.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/mode.py" line="177" />
      <source>On the withdrawal rupture at {time}, as {coder}.</source>
      <translation>Zum Rückzugsbruch bei {time}, als {coder}.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/mode.py" line="179" />
      <source>On the confrontation rupture at {time}, as {coder}.</source>
      <translation>Zum Konfrontationsbruch bei {time}, als {coder}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../rupture_annotator/ui/review/mode.py" line="199" />
      <source>Reel {name}: %n moment(s). Next moment (PgDown) starts it.</source>
      <translation>
        <numerusform>Zusammenstellung {name}: %n Moment. Nächster Moment (Bild ab) startet sie.</numerusform>
        <numerusform>Zusammenstellung {name}: %n Momente. Nächster Moment (Bild ab) startet sie.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/mode.py" line="229" />
      <source>Saved the reel {name}.</source>
      <translation>Die Zusammenstellung {name} wurde gespeichert.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/mode.py" line="241" />
      <source>Deleted the reel {name} (Undo brings it back).</source>
      <translation>Die Zusammenstellung {name} wurde gelöscht (Rückgängig holt sie zurück).</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/mode.py" line="254" />
      <source>Cutting clips…</source>
      <translation>Clips werden geschnitten…</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/mode.py" line="255" />
      <source>Clips: {done}/{total}</source>
      <translation>Clips: {done}/{total}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../rupture_annotator/ui/review/mode.py" line="261" />
      <source>Wrote %n clip(s).</source>
      <translation>
        <numerusform>%n Clip geschrieben.</numerusform>
        <numerusform>%n Clips geschrieben.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/mode.py" line="313" />
      <source>Save as Reel</source>
      <translation>Als Zusammenstellung speichern</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/mode.py" line="313" />
      <source>Name of the reel:</source>
      <translation>Name der Zusammenstellung:</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/mode.py" line="371" />
      <source>That moment is no longer there: the comment was not added.</source>
      <translation>Diesen Moment gibt es nicht mehr: Der Kommentar wurde nicht hinzugefügt.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/mode.py" line="380" />
      <source>Add comment</source>
      <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/mode.py" line="382" />
      <source>Comment added by {coder}.</source>
      <translation>Kommentar von {coder} hinzugefügt.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/mode.py" line="400" />
      <source>Review rate {rate}×</source>
      <translation>Besprechungstempo {rate}×</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/mode.py" line="417" />
      <source>No video is open: moments play once the recording is found.</source>
      <translation>Kein Video geöffnet: Momente spielen, sobald die Aufnahme gefunden ist.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/mode.py" line="419" />
      <source>No moments match the review filter.</source>
      <translation>Keine Momente passen zum Besprechungsfilter.</translation>
    </message>
  </context>
  <context>
    <name>ReviewPanel</name>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="42" />
      <source>Ruptures and strategies</source>
      <translation>Brüche und Strategien</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="43" />
      <source>Ruptures</source>
      <translation>Brüche</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="45" />
      <source>Withdrawal ruptures</source>
      <translation>Rückzugsbrüche</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="49" />
      <source>Confrontation ruptures</source>
      <translation>Konfrontationsbrüche</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="52" />
      <source>Resolution strategies</source>
      <translation>Lösungsstrategien</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="55" />
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="56" />
      <source>Loop</source>
      <translation>Schleife</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="57" />
      <source>Go on to the next</source>
      <translation>Mit dem nächsten weitermachen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="154" />
      <location filename="../../rupture_annotator/ui/review/panel.py" line="278" />
      <source>any</source>
      <translation>alle</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="155" />
      <source>No strategy linked</source>
      <translation>Keine Strategie verknüpft</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="156" />
      <source>With a note</source>
      <translation>Mit Notiz</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="157" />
      <source>With comments</source>
      <translation>Mit Kommentaren</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="159" />
      <source>By time</source>
      <translation>Nach Zeit</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="160" />
      <source>By significance</source>
      <translation>Nach Bedeutsamkeit</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="166" />
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="194" />
      <source>Export Clips…</source>
      <translation>Clips exportieren…</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="203" />
      <source>Ruptures that no resolution strategy is linked to</source>
      <translation>Brüche, mit denen keine Lösungsstrategie verknüpft ist</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="207" />
      <source>Reel</source>
      <translation>Zusammenstellung</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="208" />
      <source>Show</source>
      <translation>Zeigen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="209" />
      <source>Marker</source>
      <translation>Marker</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="210" />
      <source>Strategy</source>
      <translation>Strategie</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="211" />
      <source>Coder</source>
      <translation>Kodierer</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="212" />
      <source>Significance ≥</source>
      <translation>Bedeutsamkeit ≥</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="219" />
      <source>Order</source>
      <translation>Reihenfolge</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="223" />
      <source>Lead-in</source>
      <translation>Vorlauf</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="224" />
      <source>Tail</source>
      <translation>Nachlauf</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="225" />
      <source>Then</source>
      <translation>Danach</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="226" />
      <source>Rate</source>
      <translation>Tempo</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/panel.py" line="235" />
      <source>What happens when a moment's tail has played</source>
      <translation>Was geschieht, wenn der Nachlauf eines Moments gespielt ist</translation>
    </message>
    <message numerus="yes">
      <location filename="../../rupture_annotator/ui/review/panel.py" line="349" />
      <source>%n moment(s)</source>
      <translation>
        <numerusform>%n Moment</numerusform>
        <numerusform>%n Momente</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SegmentPanel</name>
    <message>
      <location filename="../../rupture_annotator/ui/segment_panel.py" line="34" />
      <source>— not rated</source>
      <translation>— nicht bewertet</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/segment_panel.py" line="63" />
      <source>withdrawal rupture</source>
      <translation>Rückzugsbruch</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/segment_panel.py" line="64" />
      <source>{actor} withdrawal rupture</source>
      <translation>Rückzugsbruch ({Actor})</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/segment_panel.py" line="66" />
      <source>confrontation rupture</source>
      <translation>Konfrontationsbruch</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/segment_panel.py" line="67" />
      <source>{actor} confrontation rupture</source>
      <translation>Konfrontationsbruch ({Actor})</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/segment_panel.py" line="225" />
      <source>No recording</source>
      <translation>Keine Aufnahme</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/segment_panel.py" line="229" />
      <source>Before the first segment</source>
      <translation>Vor dem ersten Segment</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/segment_panel.py" line="232" />
      <source>The first segment starts at {time} (Code → Set First Segment Start at Playhead).</source>
      <translation>Das erste Segment beginnt bei {time} (Kodieren → Beginn des ersten Segments an die Abspielposition setzen).</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/segment_panel.py" line="240" />
      <source>Segment {n}  ({start}–{end})</source>
      <translation>Segment {n}  ({start}–{end})</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/segment_panel.py" line="253" />
      <source>Coded here by {coder}: {wd} withdrawal, {cf} confrontation, {strategies} strategies.</source>
      <translation>Hier von {coder} kodiert: Rückzug {wd}, Konfrontation {cf}, Strategien {strategies}.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/segment_panel.py" line="273" />
      <source>Ruptures of this kind here, and no rating yet. {why}</source>
      <translation>Hier gibt es Brüche dieser Art, aber noch keine Bewertung. {why}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/segment_panel.py" line="284" />
      <source>{key} accepts the suggestion</source>
      <translation>{key} übernimmt den Vorschlag</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/segment_panel.py" line="288" />
      <source>{key} (Code → Accept Suggested Segment Ratings) rates {scales} with the suggestion; Ctrl+Z undoes.</source>
      <translation>{key} (Kodieren → Vorgeschlagene Segmentbewertungen übernehmen) bewertet {scales} mit dem Vorschlag; Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/segment_panel.py" line="290" />
      <source> and </source>
      <translation> und </translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/segment_panel.py" line="299" />
      <source>&lt;b&gt;Missing&lt;/b&gt; · {hint}</source>
      <translation>&lt;b&gt;Fehlt&lt;/b&gt; · {Hint}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/segment_panel.py" line="311" />
      <source>The highest rating you gave a single {rupture} in this segment; the segment rating is yours to give.</source>
      <translation>Die höchste Bewertung, die Sie einem einzelnen {rupture} in diesem Segment gegeben haben; die Segmentbewertung vergeben Sie selbst.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/segment_panel.py" line="316" />
      <source>No {rupture} here</source>
      <translation>Kein {rupture} hier</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/segment_panel.py" line="318" />
      <source>Nothing of this kind is coded here.</source>
      <translation>Hier ist nichts dieser Art kodiert.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/segment_panel.py" line="322" />
      <source>Ruptures here, none rated</source>
      <translation>Brüche hier, keiner bewertet</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/segment_panel.py" line="324" />
      <source>No suggestion. {aid}</source>
      <translation>Kein Vorschlag. {aid}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/segment_panel.py" line="328" />
      <source>Highest span rating here: {value}</source>
      <translation>Höchste Spannenbewertung hier: {value}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/segment_panel.py" line="332" />
      <source>Suggested {value}: the highest span rating</source>
      <translation>Vorschlag {value}: die höchste Spannenbewertung</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/segment_panel.py" line="373" />
      <location filename="../../rupture_annotator/ui/segment_panel.py" line="402" />
      <source>No recording.</source>
      <translation>Keine Aufnahme.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/segment_panel.py" line="375" />
      <source>The playhead is before the first segment: nothing to rate.</source>
      <translation>Die Abspielposition liegt vor dem ersten Segment: nichts zu bewerten.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/segment_panel.py" line="389" />
      <source>Segment {n}: no suggestion to accept (no rated rupture, or already rated).</source>
      <translation>Segment {n}: kein Vorschlag zu übernehmen (kein bewerteter Bruch, oder schon bewertet).</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/segment_panel.py" line="392" />
      <source>Segment {n}: the suggestion could not be accepted.</source>
      <translation>Segment {n}: Der Vorschlag konnte nicht übernommen werden.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/segment_panel.py" line="394" />
      <source>Segment {n}: {ratings} accepted from the span ratings (Ctrl+Z undoes).</source>
      <translation>Segment {n}: {ratings} aus den Spannenbewertungen übernommen (Strg+Z macht es rückgängig).</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/segment_panel.py" line="405" />
      <source>Segment 1 already starts at {time}.</source>
      <translation>Segment 1 beginnt bereits bei {time}.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/segment_panel.py" line="409" />
      <source>The first segment could not start here.</source>
      <translation>Das erste Segment konnte hier nicht beginnen.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/segment_panel.py" line="411" />
      <source>Segment 1 now starts at {time} (Ctrl+Z undoes); ratings keep their segment numbers: check them.</source>
      <translation>Segment 1 beginnt jetzt bei {time} (Strg+Z macht es rückgängig); Bewertungen behalten ihre Segmentnummern: Prüfen Sie sie.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/segment_panel.py" line="416" />
      <source>Segment 1 now starts at {time} (Ctrl+Z undoes).</source>
      <translation>Segment 1 beginnt jetzt bei {time} (Strg+Z macht es rückgängig).</translation>
    </message>
  </context>
  <context>
    <name>SessionDetailsDialog</name>
    <message>
      <location filename="../../rupture_annotator/ui/session_details.py" line="39" />
      <source>Use codes (e.g. D01, T03), never names: these are clinical recordings and the project file travels with the study.</source>
      <translation>Verwenden Sie Codes (z. B. D01, T03), nie Namen: Dies sind klinische Aufnahmen, und die Projektdatei wandert mit der Studie.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_details.py" line="46" />
      <source>a whole number</source>
      <translation>eine ganze Zahl</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_details.py" line="47" />
      <source>YYYY-MM-DD</source>
      <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_details.py" line="62" />
      <source>Session Details — {file}</source>
      <translation>Sitzungsdetails — {file}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_details.py" line="74" />
      <source>Define &amp;Fields…</source>
      <translation>&amp;Felder festlegen…</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_details.py" line="77" />
      <source>The study's own fields (text, whole number, date, choice list) and which are required</source>
      <translation>Die eigenen Felder der Studie (Text, ganze Zahl, Datum, Auswahlliste) und welche erforderlich sind</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_details.py" line="83" />
      <source>Session ratings by {coder}</source>
      <translation>Sitzungsbewertungen von {coder}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_details.py" line="89" />
      <source>—  not rated</source>
      <translation>—  nicht bewertet</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_details.py" line="114" />
      <source>Session</source>
      <translation>Sitzung</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_details.py" line="199" />
      <source>Still empty: {fields}</source>
      <translation>Noch leer: {fields}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_details.py" line="228" />
      <source>Edit session details</source>
      <translation>Sitzungsdetails bearbeiten</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_details.py" line="237" />
      <source>The details could not be kept; see the message in the window.</source>
      <translation>Die Angaben konnten nicht übernommen werden; siehe die Meldung im Fenster.</translation>
    </message>
  </context>
  <context>
    <name>SessionFieldsDialog</name>
    <message>
      <location filename="../../rupture_annotator/ui/session_fields.py" line="43" />
      <source>Session Fields</source>
      <translation>Sitzungsfelder</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_fields.py" line="47" />
      <source>text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_fields.py" line="48" />
      <source>whole number</source>
      <translation>ganze Zahl</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_fields.py" line="49" />
      <source>date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_fields.py" line="50" />
      <source>choice list</source>
      <translation>Auswahlliste</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_fields.py" line="52" />
      <source>Built-in fields required</source>
      <translation>Erforderliche eingebaute Felder</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_fields.py" line="62" />
      <source>The study's own fields</source>
      <translation>Die eigenen Felder der Studie</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_fields.py" line="66" />
      <source>Name (column)</source>
      <translation>Name (Spalte)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_fields.py" line="67" />
      <source>Label</source>
      <translation>Bezeichnung</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_fields.py" line="68" />
      <source>Type</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_fields.py" line="69" />
      <source>Choices (a; b; c)</source>
      <translation>Auswahl (a; b; c)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_fields.py" line="70" />
      <source>Required</source>
      <translation>Erforderlich</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_fields.py" line="81" />
      <source>&amp;Add Field</source>
      <translation>Feld &amp;hinzufügen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_fields.py" line="82" />
      <source>&amp;Remove Field</source>
      <translation>Feld &amp;entfernen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_fields.py" line="94" />
      <source>A name is the column in the exports and in a session list (letters, digits and _, starting with a letter). Use codes, never names of people.</source>
      <translation>Ein Name ist die Spalte in den Exporten und in einer Sitzungsliste (Buchstaben, Ziffern und _, beginnend mit einem Buchstaben). Verwenden Sie Codes, nie Namen von Personen.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_fields.py" line="103" />
      <source>Save &amp;As…</source>
      <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_fields.py" line="105" />
      <source>A file for 'rupture-annotator new --from-csv LIST --fields FILE'.</source>
      <translation>Eine Datei für 'rupture-annotator new --from-csv LISTE --fields DATEI'.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_fields.py" line="187" />
      <source>Field {n} ({name}): {reason}.</source>
      <translation>Feld {n} ({name}): {reason}.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_fields.py" line="195" />
      <source>Field {n}: {reason}.</source>
      <translation>Feld {n}: {reason}.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_fields.py" line="228" />
      <source>The fields were not kept.</source>
      <translation>Die Felder wurden nicht übernommen.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_fields.py" line="236" />
      <source>Save the session fields</source>
      <translation>Die Sitzungsfelder speichern</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_fields.py" line="238" />
      <source>Session fields (*{suffix})</source>
      <translation>Sitzungsfelder (*{suffix})</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/session_fields.py" line="248" />
      <source>Not saved</source>
      <translation>Nicht gespeichert</translation>
    </message>
  </context>
  <context>
    <name>ShortcutSheet</name>
    <message>
      <location filename="../../rupture_annotator/ui/shortcut_sheet.py" line="19" />
      <source>Toggle marker / strategy with that key on the selected span</source>
      <translation>Marker / Strategie mit dieser Taste auf der gewählten Spanne umschalten</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/shortcut_sheet.py" line="40" />
      <source>Keyboard shortcuts</source>
      <translation>Tastenkürzel</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/shortcut_sheet.py" line="43" />
      <source>Menu</source>
      <translation>Menü</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/shortcut_sheet.py" line="43" />
      <source>Command</source>
      <translation>Befehl</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/shortcut_sheet.py" line="43" />
      <source>Keys</source>
      <translation>Tasten</translation>
    </message>
  </context>
  <context>
    <name>SpeakersDialog</name>
    <message>
      <location filename="../../rupture_annotator/ui/talk_control.py" line="384" />
      <source>Transcript Speakers</source>
      <translation>Sprecher im Transkript</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/talk_control.py" line="385" />
      <source>Patient</source>
      <translation>Patient</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/talk_control.py" line="385" />
      <source>Therapist</source>
      <translation>Therapeut</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/talk_control.py" line="389" />
      <source>Who is each speaker of the transcript?</source>
      <translation>Wer ist welcher Sprecher des Transkripts?</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/talk_control.py" line="397" />
      <source>(no speaker)</source>
      <translation>(kein Sprecher)</translation>
    </message>
  </context>
  <context>
    <name>TalkControl</name>
    <message>
      <location filename="../../rupture_annotator/ui/talk_control.py" line="43" />
      <source>Transcripts (*.srt *.vtt *.eaf *.csv *.docx);;All files (*)</source>
      <translation>Transkripte (*.srt *.vtt *.eaf *.csv *.docx);;Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/talk_control.py" line="46" />
      <source>Withdrawal rupture</source>
      <translation>Rückzugsbruch</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/talk_control.py" line="47" />
      <source>Confrontation rupture</source>
      <translation>Konfrontationsbruch</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/talk_control.py" line="48" />
      <source>Resolution strategy</source>
      <translation>Lösungsstrategie</translation>
    </message>
    <message numerus="yes">
      <location filename="../../rupture_annotator/ui/talk_control.py" line="134" />
      <source>{what} marked from %n utterance(s), {start} to {end}.</source>
      <translation>
        <numerusform>{what} aus %n Äußerung markiert, {start} bis {end}.</numerusform>
        <numerusform>{what} aus %n Äußerungen markiert, {start} bis {end}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/talk_control.py" line="149" />
      <source>The sound lane is not ready yet: no silences to step through.</source>
      <translation>Die Tonspur ist noch nicht bereit: keine Pausen zum Durchgehen.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/talk_control.py" line="155" />
      <source>No later silence of {seconds} s or more.</source>
      <translation>Keine spätere Stille von {seconds} s oder mehr.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/talk_control.py" line="158" />
      <source>No earlier silence of {seconds} s or more.</source>
      <translation>Keine frühere Stille von {seconds} s oder mehr.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/talk_control.py" line="163" />
      <source>Silence of {seconds} s from {time}.</source>
      <translation>Stille von {seconds} s ab {time}.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/talk_control.py" line="174" />
      <source>Silence Length</source>
      <translation>Mindestlänge der Stille</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/talk_control.py" line="175" />
      <source>Shade and step through silences of at least (seconds):</source>
      <translation>Pausen von mindestens dieser Länge schattieren und durchgehen (Sekunden):</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/talk_control.py" line="191" />
      <source>Attach Transcript</source>
      <translation>Transkript anhängen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/talk_control.py" line="215" />
      <source>ELAN Tier</source>
      <translation>ELAN-Spur</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/talk_control.py" line="216" />
      <source>The file has several tiers; read which as the transcript?</source>
      <translation>Die Datei hat mehrere Spuren; welche soll als Transkript gelesen werden?</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/talk_control.py" line="217" />
      <source>Every tier (a speaker per tier)</source>
      <translation>Jede Spur (ein Sprecher je Spur)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/talk_control.py" line="225" />
      <source>Attach transcript</source>
      <translation>Transkript anhängen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/talk_control.py" line="239" />
      <source>Map transcript speakers</source>
      <translation>Sprecher des Transkripts zuordnen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/talk_control.py" line="266" />
      <source>Transcript: {problem}</source>
      <translation>Transkript: {problem}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../rupture_annotator/ui/talk_control.py" line="281" />
      <source>Transcript: {utterances}; %n problem(s), every utterance kept ({first}).</source>
      <translation>
        <numerusform>Transkript: {utterances}; %n Problem, jede Äußerung behalten ({first}).</numerusform>
        <numerusform>Transkript: {utterances}; %n Probleme, jede Äußerung behalten ({first}).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/talk_control.py" line="286" />
      <source>Transcript: {utterances}.</source>
      <translation>Transkript: {utterances}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../rupture_annotator/ui/talk_control.py" line="287" />
      <source>%n utterance(s)</source>
      <translation>
        <numerusform>%n Äußerung</numerusform>
        <numerusform>%n Äußerungen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/talk_control.py" line="311" />
      <source>Reading the sound (once; kept beside the project)…</source>
      <translation>Der Ton wird gelesen (einmalig; neben dem Projekt aufbewahrt)…</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/talk_control.py" line="338" />
      <source>Reading the sound… {share}%</source>
      <translation>Der Ton wird gelesen… {share} %</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/talk_control.py" line="354" />
      <source>The sound lane could not be kept beside the project ({problem}).</source>
      <translation>Die Tonspur konnte nicht neben dem Projekt aufbewahrt werden ({problem}).</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/talk_control.py" line="364" />
      <source>No sound lane: {problem}</source>
      <translation>Keine Tonspur: {problem}</translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/bands.py" line="121" />
      <source>before segment 1</source>
      <translation>vor Segment 1</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/bands.py" line="139" />
      <location filename="../../rupture_annotator/ui/timeline/tooltips.py" line="126" />
      <source>Segment {n}</source>
      <translation>Segment {n}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/bands.py" line="252" />
      <source>Time · {span}</source>
      <translation>Zeit · {span}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/bands.py" line="253" />
      <source>Segments</source>
      <translation>Segmente</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/bands.py" line="254" />
      <source>Whole session</source>
      <translation>Ganze Sitzung</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/overlay.py" line="173" />
      <source>{lane} from {time} · {key} again ends it</source>
      <translation>{lane} ab {time} · erneut {key} zum Beenden</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/painting.py" line="18" />
      <source>No recording open. Open a project or a video to code it here.</source>
      <translation>Keine Aufnahme geöffnet. Öffnen Sie ein Projekt oder ein Video, um es hier zu kodieren.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/scene.py" line="28" />
      <source>Withdrawal</source>
      <translation>Rückzug</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/scene.py" line="29" />
      <source>Confrontation</source>
      <translation>Konfrontation</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/scene.py" line="30" />
      <location filename="../../rupture_annotator/ui/timeline/tooltips.py" line="55" />
      <source>Resolution</source>
      <translation>Lösung</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/scene.py" line="187" />
      <source>sig {n}</source>
      <translation>Bed. {n}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/scene.py" line="195" />
      <source>res {n}</source>
      <translation>Lös. {n}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/talk.py" line="36" />
      <source>Transcript</source>
      <translation>Transkript</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/talk.py" line="37" />
      <source>Sound</source>
      <translation>Ton</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/talk.py" line="43" />
      <source>silences ≥ {seconds} s</source>
      <translation>Pausen ≥ {seconds} s</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/talk.py" line="257" />
      <source>Silence of {seconds} s, {start} to {end} (S steps to the next)</source>
      <translation>Stille von {seconds} s, {start} bis {end} (S springt zur nächsten)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/talk_data.py" line="28" />
      <source>patient</source>
      <translation>Patient</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/talk_data.py" line="29" />
      <source>therapist</source>
      <translation>Therapeut</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/tooltips.py" line="23" />
      <source>Withdrawal rupture</source>
      <translation>Rückzugsbruch</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/tooltips.py" line="24" />
      <source>Confrontation rupture</source>
      <translation>Konfrontationsbruch</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/tooltips.py" line="30" />
      <source>withdrawal rupture at {time}</source>
      <translation>Rückzugsbruch bei {time}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/tooltips.py" line="32" />
      <source>confrontation rupture at {time}</source>
      <translation>Konfrontationsbruch bei {time}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/tooltips.py" line="39" />
      <source>none yet</source>
      <translation>noch keine</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/tooltips.py" line="45" />
      <source>Markers</source>
      <translation>Marker</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/tooltips.py" line="47" />
      <source>Significance</source>
      <translation>Bedeutsamkeit</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/tooltips.py" line="50" />
      <source>Resolution strategy</source>
      <translation>Lösungsstrategie</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/tooltips.py" line="53" />
      <source>Strategies</source>
      <translation>Strategien</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/tooltips.py" line="57" />
      <source>Addresses</source>
      <translation>Bezieht sich auf</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/tooltips.py" line="63" />
      <source>no rupture linked</source>
      <translation>kein Bruch verknüpft</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/tooltips.py" line="65" />
      <source>Coder</source>
      <translation>Kodierer</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/tooltips.py" line="70" />
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/tooltips.py" line="82" />
      <source>rated</source>
      <translation>bewertet</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/tooltips.py" line="83" />
      <source>not rated yet</source>
      <translation>noch nicht bewertet</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/tooltips.py" line="85" />
      <source>rated by {coders}</source>
      <translation>bewertet von {coders}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/tooltips.py" line="87" />
      <source>not rated yet by {coders}</source>
      <translation>von {coders} noch nicht bewertet</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/tooltips.py" line="94" />
      <source>{scale}: missing</source>
      <translation>{scale}: fehlt</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/tooltips.py" line="96" />
      <source>(withdrawal ruptures here)</source>
      <translation>(Rückzugsbrüche hier)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/tooltips.py" line="98" />
      <source>(confrontation ruptures here)</source>
      <translation>(Konfrontationsbrüche hier)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/tooltips.py" line="100" />
      <source>(ruptures here)</source>
      <translation>(Brüche hier)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/tooltips.py" line="133" />
      <source>Before the first segment</source>
      <translation>Vor dem ersten Segment</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/tooltips.py" line="134" />
      <source>Segment 1 starts at {time} (Code → Set First Segment Start at Playhead)</source>
      <translation>Segment 1 beginnt bei {time} (Kodieren → Beginn des ersten Segments an die Abspielposition setzen)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/tooltips.py" line="146" />
      <source>not rated</source>
      <translation>nicht bewertet</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/timeline/widget.py" line="73" />
      <source>Timeline</source>
      <translation>Zeitleiste</translation>
    </message>
  </context>
  <context>
    <name>TranscriptModel</name>
    <message>
      <location filename="../../rupture_annotator/ui/transcript_panel.py" line="95" />
      <source>{start}–{end}, line {line} of the file</source>
      <translation>{start}–{end}, Zeile {line} der Datei</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/transcript_panel.py" line="106" />
      <source>patient</source>
      <translation>Patient</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/transcript_panel.py" line="106" />
      <source>therapist</source>
      <translation>Therapeut</translation>
    </message>
  </context>
  <context>
    <name>TranscriptPanel</name>
    <message>
      <location filename="../../rupture_annotator/ui/transcript_panel.py" line="50" />
      <source>No transcript for this recording.

Attach one (SRT, WebVTT, ELAN, or a CSV or DOCX table of start, end, speaker and text) to read what was said beside the video, find words, and mark a span from the utterances.</source>
      <translation>Kein Transkript zu dieser Aufnahme.

Hängen Sie eines an (SRT, WebVTT, ELAN oder eine CSV- oder DOCX-Tabelle mit Beginn, Ende, Sprecher und Text), um neben dem Video zu lesen, was gesagt wurde, Wörter zu finden und eine Spanne aus den Äußerungen zu markieren.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/transcript_panel.py" line="257" />
      <source>Find in transcript (Ctrl+F)</source>
      <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/transcript_panel.py" line="259" />
      <source>Find in transcript</source>
      <translation>Im Transkript suchen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/transcript_panel.py" line="265" />
      <source>Previous hit (Shift+Return)</source>
      <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/transcript_panel.py" line="266" />
      <source>Next hit (Return)</source>
      <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/transcript_panel.py" line="267" />
      <source>Speakers…</source>
      <translation>Sprecher…</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/transcript_panel.py" line="269" />
      <source>Which speaker is the patient and which the therapist</source>
      <translation>Welcher Sprecher der Patient ist und welcher der Therapeut</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/transcript_panel.py" line="282" />
      <source>Click a line to go there. Drag over lines (or Shift/Ctrl+click), then W, C or R marks a span over them.</source>
      <translation>Klicken Sie auf eine Zeile, um dorthin zu springen. Ziehen Sie über Zeilen (oder Umschalt/Strg+Klick), dann markiert W, C oder R eine Spanne darüber.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/transcript_panel.py" line="297" />
      <source>Transcript</source>
      <translation>Transkript</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/transcript_panel.py" line="302" />
      <source>Attach Transcript…</source>
      <translation>Transkript anhängen…</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/transcript_panel.py" line="354" />
      <source>… and {n} more</source>
      <translation>… und {n} weitere</translation>
    </message>
    <message numerus="yes">
      <location filename="../../rupture_annotator/ui/transcript_panel.py" line="357" />
      <source>%n problem(s) in the file, every utterance kept: {problems}</source>
      <translation>
        <numerusform>%n Problem in der Datei, jede Äußerung behalten: {problems}</numerusform>
        <numerusform>%n Probleme in der Datei, jede Äußerung behalten: {problems}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../rupture_annotator/ui/transcript_panel.py" line="400" />
      <source>%n found</source>
      <translation>
        <numerusform>%n gefunden</numerusform>
        <numerusform>%n gefunden</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/transcript_panel.py" line="400" />
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/transcript_panel.py" line="416" />
      <source>{n} of {total}</source>
      <translation>{n} von {total}</translation>
    </message>
  </context>
  <context>
    <name>TransportBar</name>
    <message>
      <location filename="../../rupture_annotator/ui/transport.py" line="124" />
      <source>Play / pause (Space)</source>
      <translation>Abspielen / Pause (Leertaste)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/transport.py" line="126" />
      <source>Previous frame (,)</source>
      <translation>Vorheriges Bild (,)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/transport.py" line="129" />
      <source>Next frame (.)</source>
      <translation>Nächstes Bild (.)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/transport.py" line="134" />
      <location filename="../../rupture_annotator/ui/transport.py" line="206" />
      <source>frame {n}</source>
      <translation>Bild {n}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/transport.py" line="140" />
      <source>Position / length of the recording</source>
      <translation>Position / Länge der Aufnahme</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/transport.py" line="141" />
      <source>Frame under the playhead (0 is the first)</source>
      <translation>Bild an der Abspielposition (0 ist das erste)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/transport.py" line="147" />
      <source>Playback rate (J slower, L faster)</source>
      <translation>Wiedergabetempo (J langsamer, L schneller)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/transport.py" line="149" />
      <source>Mute</source>
      <translation>Stumm</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/transport.py" line="154" />
      <source>Volume</source>
      <translation>Lautstärke</translation>
    </message>
  </context>
  <context>
    <name>actions</name>
    <message>
      <source>&amp;New Project from Video…</source>
      <translation>&amp;Neues Projekt aus Video…</translation>
    </message>
    <message>
      <source>Start coding a recording</source>
      <translation>Eine Aufnahme zu kodieren beginnen</translation>
    </message>
    <message>
      <source>&amp;Open Project…</source>
      <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Speichern</translation>
    </message>
    <message>
      <source>Save &amp;As…</source>
      <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Exportieren…</translation>
    </message>
    <message>
      <source>Workbook and CSV for analysis</source>
      <translation>Arbeitsmappe und CSV für die Analyse</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Importieren…</translation>
    </message>
    <message>
      <source>Coding from ELAN, BORIS or a spreadsheet, mapped first</source>
      <translation>Kodierung aus ELAN, BORIS oder einer Tabelle, zuerst zugeordnet</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/main_window.py" line="356" />
      <source>&amp;Undo</source>
      <translation>&amp;Rückgängig</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/main_window.py" line="361" />
      <source>&amp;Redo</source>
      <translation>&amp;Wiederholen</translation>
    </message>
    <message>
      <source>&amp;Delete Span</source>
      <translation>Spanne &amp;löschen</translation>
    </message>
    <message>
      <source>Edit &amp;Note</source>
      <translation>&amp;Notiz bearbeiten</translation>
    </message>
    <message>
      <source>Write a note on the selected span</source>
      <translation>Eine Notiz zur gewählten Spanne schreiben</translation>
    </message>
    <message>
      <source>Switch &amp;Actor</source>
      <translation>&amp;Akteur wechseln</translation>
    </message>
    <message>
      <source>The selected rupture becomes the therapist's or the patient's (codebooks with actors)</source>
      <translation>Der gewählte Bruch wird dem Therapeuten oder dem Patienten zugeordnet (Codebücher mit Akteuren)</translation>
    </message>
    <message>
      <source>Set &amp;Coder…</source>
      <translation>&amp;Kodierer festlegen…</translation>
    </message>
    <message>
      <source>Whose coding new spans are</source>
      <translation>Wessen Kodierung neue Spannen sind</translation>
    </message>
    <message>
      <source>&amp;Session Details…</source>
      <translation>Sitzungs&amp;details…</translation>
    </message>
    <message>
      <source>Dyad, session number, condition and the session ratings</source>
      <translation>Dyade, Sitzungsnummer, Bedingung und die Sitzungsbewertungen</translation>
    </message>
    <message>
      <source>Session &amp;Fields…</source>
      <translation>Sitzungs&amp;felder…</translation>
    </message>
    <message>
      <source>The study's own session fields (text, number, date, choice) and which are required</source>
      <translation>Die eigenen Sitzungsfelder der Studie (Text, Zahl, Datum, Auswahl) und welche erforderlich sind</translation>
    </message>
    <message>
      <source>Code&amp;book…</source>
      <translation>Code&amp;buch…</translation>
    </message>
    <message>
      <source>Markers, strategies, scales, keys, colours, segments, actors and translations</source>
      <translation>Marker, Strategien, Skalen, Tasten, Farben, Segmente, Akteure und Übersetzungen</translation>
    </message>
    <message>
      <source>&amp;Play / Pause</source>
      <translation>&amp;Abspielen / Pause</translation>
    </message>
    <message>
      <source>Slower / Back (J)</source>
      <translation>Langsamer / Zurück (J)</translation>
    </message>
    <message>
      <source>Slower while playing, back 1 s when paused</source>
      <translation>Beim Abspielen langsamer, angehalten 1 s zurück</translation>
    </message>
    <message>
      <source>Pause (K)</source>
      <translation>Pause (K)</translation>
    </message>
    <message>
      <source>Pause and reset the rate</source>
      <translation>Anhalten und Tempo zurücksetzen</translation>
    </message>
    <message>
      <source>Play / Faster (L)</source>
      <translation>Abspielen / Schneller (L)</translation>
    </message>
    <message>
      <source>Play; each press faster</source>
      <translation>Abspielen; jeder Druck schneller</translation>
    </message>
    <message>
      <source>Back 1 s</source>
      <translation>1 s zurück</translation>
    </message>
    <message>
      <source>Forward 1 s</source>
      <translation>1 s vor</translation>
    </message>
    <message>
      <source>Back 5 s</source>
      <translation>5 s zurück</translation>
    </message>
    <message>
      <source>Forward 5 s</source>
      <translation>5 s vor</translation>
    </message>
    <message>
      <source>Previous Frame</source>
      <translation>Vorheriges Bild</translation>
    </message>
    <message>
      <source>Next Frame</source>
      <translation>Nächstes Bild</translation>
    </message>
    <message>
      <source>Mark &amp;In</source>
      <translation>&amp;Anfang markieren</translation>
    </message>
    <message>
      <source>Start of the next span</source>
      <translation>Beginn der nächsten Spanne</translation>
    </message>
    <message>
      <source>Mark &amp;Out</source>
      <translation>&amp;Ende markieren</translation>
    </message>
    <message>
      <source>End of the next span</source>
      <translation>Ende der nächsten Spanne</translation>
    </message>
    <message>
      <source>Clear Marks</source>
      <translation>Markierungen löschen</translation>
    </message>
    <message>
      <source>New &amp;Withdrawal Rupture</source>
      <translation>Neuer &amp;Rückzugsbruch</translation>
    </message>
    <message>
      <source>From the marks, or press at start and end</source>
      <translation>Aus den Markierungen, oder am Anfang und Ende drücken</translation>
    </message>
    <message>
      <source>New &amp;Confrontation Rupture</source>
      <translation>Neuer &amp;Konfrontationsbruch</translation>
    </message>
    <message>
      <source>New &amp;Resolution Strategy</source>
      <translation>Neue &amp;Lösungsstrategie</translation>
    </message>
    <message>
      <source>Linked to the selected or latest rupture</source>
      <translation>Mit dem gewählten oder letzten Bruch verknüpft</translation>
    </message>
    <message>
      <source>Significance / Resolution 1</source>
      <translation>Bedeutsamkeit / Lösung 1</translation>
    </message>
    <message>
      <source>Significance / Resolution 2</source>
      <translation>Bedeutsamkeit / Lösung 2</translation>
    </message>
    <message>
      <source>Significance / Resolution 3</source>
      <translation>Bedeutsamkeit / Lösung 3</translation>
    </message>
    <message>
      <source>Significance / Resolution 4</source>
      <translation>Bedeutsamkeit / Lösung 4</translation>
    </message>
    <message>
      <source>Significance / Resolution 5</source>
      <translation>Bedeutsamkeit / Lösung 5</translation>
    </message>
    <message>
      <source>Select Next Span</source>
      <translation>Nächste Spanne wählen</translation>
    </message>
    <message>
      <source>Select Previous Span</source>
      <translation>Vorherige Spanne wählen</translation>
    </message>
    <message>
      <source>Go to Selected Span</source>
      <translation>Zur gewählten Spanne gehen</translation>
    </message>
    <message>
      <source>Move the video to its start</source>
      <translation>Das Video an ihren Anfang setzen</translation>
    </message>
    <message>
      <source>Accept Suggested Segment Ratings</source>
      <translation>Vorgeschlagene Segmentbewertungen übernehmen</translation>
    </message>
    <message>
      <source>Rate the segment's unrated scales with the highest span rating of their kind</source>
      <translation>Die unbewerteten Skalen des Segments mit der höchsten Spannenbewertung ihrer Art bewerten</translation>
    </message>
    <message>
      <source>Set First Segment Start at Playhead</source>
      <translation>Beginn des ersten Segments an die Abspielposition setzen</translation>
    </message>
    <message>
      <source>Where the session starts: the 5-minute segments are counted from here</source>
      <translation>Wo die Sitzung beginnt: Die 5-Minuten-Segmente werden von hier an gezählt</translation>
    </message>
    <message>
      <source>Check Co&amp;ding…</source>
      <translation>Kodierung &amp;prüfen…</translation>
    </message>
    <message>
      <source>What is still to code in this recording, each with its time</source>
      <translation>Was in dieser Aufnahme noch zu kodieren ist, jeweils mit Zeit</translation>
    </message>
    <message>
      <source>&amp;Review Mode</source>
      <translation>&amp;Besprechungsmodus</translation>
    </message>
    <message>
      <source>The list of marked moments to replay</source>
      <translation>Die Liste der markierten Momente zum Wiederansehen</translation>
    </message>
    <message>
      <source>&amp;Next Moment</source>
      <translation>&amp;Nächster Moment</translation>
    </message>
    <message>
      <source>Play it from its lead-in</source>
      <translation>Ab seinem Vorlauf abspielen</translation>
    </message>
    <message>
      <source>&amp;Previous Moment</source>
      <translation>&amp;Vorheriger Moment</translation>
    </message>
    <message>
      <source>Rep&amp;lay Moment</source>
      <translation>Moment &amp;wiederholen</translation>
    </message>
    <message>
      <source>Slower Review</source>
      <translation>Langsamer besprechen</translation>
    </message>
    <message>
      <source>Down to 0.5×</source>
      <translation>Bis 0,5×</translation>
    </message>
    <message>
      <source>Faster Review</source>
      <translation>Schneller besprechen</translation>
    </message>
    <message>
      <source>Up to 1.5×</source>
      <translation>Bis 1,5×</translation>
    </message>
    <message>
      <source>Show / Hide Note in Captions</source>
      <translation>Notiz in Untertiteln zeigen / verbergen</translation>
    </message>
    <message>
      <source>Co&amp;mment on Moment…</source>
      <translation>Moment &amp;kommentieren…</translation>
    </message>
    <message>
      <source>Feedback on the moment playing or selected, under your name</source>
      <translation>Rückmeldung zum laufenden oder gewählten Moment, unter Ihrem Namen</translation>
    </message>
    <message>
      <source>Pre&amp;sentation Mode</source>
      <translation>Prä&amp;sentationsmodus</translation>
    </message>
    <message>
      <source>Full screen for a shared screen</source>
      <translation>Vollbild für einen geteilten Bildschirm</translation>
    </message>
    <message>
      <source>Export &amp;Clips…</source>
      <translation>&amp;Clips exportieren…</translation>
    </message>
    <message>
      <source>The listed moments as videos</source>
      <translation>Die aufgelisteten Momente als Videos</translation>
    </message>
    <message>
      <source>Coder &amp;Agreement…</source>
      <translation>Kodierer-&amp;Übereinstimmung…</translation>
    </message>
    <message>
      <source>ICCs, kappa and alpha of the coders of a study folder, as a 3RS paper reports them</source>
      <translation>ICCs, Kappa und Alpha der Kodierenden eines Studienordners, wie ein 3RS-Artikel sie berichtet</translation>
    </message>
    <message>
      <source>&amp;Blind Coding</source>
      <translation>&amp;Blindes Kodieren</translation>
    </message>
    <message>
      <source>Show each coder only their own spans and ratings (turning it off asks first)</source>
      <translation>Jedem Kodierenden nur die eigenen Spannen und Bewertungen zeigen (Ausschalten fragt zuerst)</translation>
    </message>
    <message>
      <source>Compare &amp;Coders…</source>
      <translation>Kodierende &amp;vergleichen…</translation>
    </message>
    <message>
      <source>The coders' files for this recording side by side: disagreements, consensus</source>
      <translation>Die Dateien der Kodierenden zu dieser Aufnahme nebeneinander: Abweichungen, Konsens</translation>
    </message>
    <message>
      <source>Mark as &amp;Gold Standard</source>
      <translation>Als &amp;Goldstandard markieren</translation>
    </message>
    <message>
      <source>Your coding in this file is the gold standard trainees are checked against</source>
      <translation>Ihre Kodierung in dieser Datei ist der Goldstandard, an dem Auszubildende geprüft werden</translation>
    </message>
    <message>
      <source>C&amp;heck Against Gold…</source>
      <translation>Gegen Gold &amp;prüfen…</translation>
    </message>
    <message>
      <source>This file's trainee against the gold standard: pass or fail per statistic</source>
      <translation>Die auszubildende Person dieser Datei gegen den Goldstandard: bestanden oder nicht, je Statistik</translation>
    </message>
    <message>
      <source>Zoom In</source>
      <translation>Vergrößern</translation>
    </message>
    <message>
      <source>Zoom Out</source>
      <translation>Verkleinern</translation>
    </message>
    <message>
      <source>Whole Session</source>
      <translation>Ganze Sitzung</translation>
    </message>
    <message>
      <source>Keyboard &amp;Shortcuts</source>
      <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
      <source>&amp;About Rupture Annotator</source>
      <translation>&amp;Über Rupture Annotator</translation>
    </message>
    <message>
      <source>Attach &amp;Transcript…</source>
      <translation>&amp;Transkript anhängen…</translation>
    </message>
    <message>
      <source>SRT, WebVTT, ELAN, or a CSV/DOCX table: read beside the video, exported with the spans</source>
      <translation>SRT, WebVTT, ELAN oder eine CSV-/DOCX-Tabelle: neben dem Video gelesen, mit den Spannen exportiert</translation>
    </message>
    <message>
      <source>Next &amp;Silence</source>
      <translation>Nächste &amp;Stille</translation>
    </message>
    <message>
      <source>To the start of the next silence</source>
      <translation>Zum Beginn der nächsten Stille</translation>
    </message>
    <message>
      <source>Previous Silence</source>
      <translation>Vorherige Stille</translation>
    </message>
    <message>
      <source>&amp;Find in Transcript</source>
      <translation>Im Transkript &amp;suchen</translation>
    </message>
    <message>
      <source>Words said, hit by hit</source>
      <translation>Gesagte Wörter, Treffer für Treffer</translation>
    </message>
    <message>
      <source>Silence &amp;Length…</source>
      <translation>&amp;Mindestlänge der Stille…</translation>
    </message>
    <message>
      <source>How long a quiet stretch must last to be shaded and stepped through (3 s)</source>
      <translation>Wie lange eine stille Strecke dauern muss, um schattiert und durchgegangen zu werden (3 s)</translation>
    </message>
  </context>
  <context>
    <name>background</name>
    <message>
      <location filename="../../rupture_annotator/ui/background.py" line="137" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
  </context>
  <context>
    <name>clips</name>
    <message>
      <location filename="../../rupture_annotator/ui/review/clips.py" line="21" />
      <source>Clips are cut with ffmpeg, which is not installed on this computer. Install ffmpeg (for example from your system's package manager), then try again.</source>
      <translation>Clips werden mit ffmpeg geschnitten, das auf diesem Computer nicht installiert ist. Installieren Sie ffmpeg (zum Beispiel über die Paketverwaltung Ihres Systems) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/clips.py" line="96" />
      <source>ffmpeg could not cut {clip}: {problem}</source>
      <translation>ffmpeg konnte {clip} nicht schneiden: {problem}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/clips.py" line="106" />
      <source>Export clips</source>
      <translation>Clips exportieren</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/clips.py" line="114" />
      <source>The recording's video file is not found.</source>
      <translation>Die Videodatei der Aufnahme wurde nicht gefunden.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/clips.py" line="119" />
      <source>No moments are listed.</source>
      <translation>Es sind keine Momente aufgelistet.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/clips.py" line="123" />
      <source>Folder for the clips</source>
      <translation>Ordner für die Clips</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/clips.py" line="128" />
      <source>The clips are copies of the recording and contain patient video. Keep them only where the consent and your institution's rules allow, and delete them when teaching is over.

Write %n clip(s) to {folder}?</source>
      <translation>Die Clips sind Kopien der Aufnahme und enthalten Patientenvideo. Bewahren Sie sie nur dort auf, wo die Einwilligung und die Regeln Ihrer Einrichtung es erlauben, und löschen Sie sie, wenn die Lehrveranstaltung vorbei ist.

%n Clip(s) nach {folder} schreiben?</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/review/clips.py" line="137" />
      <source>Patient video</source>
      <translation>Patientenvideo</translation>
    </message>
  </context>
  <context>
    <name>completeness</name>
    <message>
      <source>segments with ruptures but no rating of their kind</source>
      <translation>Segmente mit Brüchen, aber ohne Bewertung ihrer Art</translation>
    </message>
    <message>
      <source>segments not rated</source>
      <translation>nicht bewertete Segmente</translation>
    </message>
    <message>
      <source>ruptures without a marker</source>
      <translation>Brüche ohne Marker</translation>
    </message>
    <message>
      <source>strategy spans without a strategy</source>
      <translation>Strategiespannen ohne Strategie</translation>
    </message>
    <message>
      <source>strategy spans not linked to a rupture</source>
      <translation>nicht mit einem Bruch verknüpfte Strategiespannen</translation>
    </message>
    <message>
      <source>spans before the first segment</source>
      <translation>Spannen vor dem ersten Segment</translation>
    </message>
    <message>
      <source>spans with a code taken out of the codebook (flagged to recode)</source>
      <translation>Spannen mit einem aus dem Codebuch entfernten Code (zum Neukodieren markiert)</translation>
    </message>
  </context>
  <context>
    <name>files</name>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="31" />
      <source>Recordings (*.mp4 *.mov *.m4v *.mkv *.webm *.avi *.mpg *.mpeg *.wmv *.mp3 *.wav *.m4a *.ogg *.flac);;All files (*)</source>
      <translation>Aufnahmen (*.mp4 *.mov *.m4v *.mkv *.webm *.avi *.mpg *.mpeg *.wmv *.mp3 *.wav *.m4a *.ogg *.flac);;Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="38" />
      <source>Rupture projects (*{suffix} *.json);;All files (*)</source>
      <translation>Rupture-Projekte (*{suffix} *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="79" />
      <source>Who is coding?</source>
      <translation>Wer kodiert?</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="80" />
      <source>Your name or coder code (it is put on every span you mark, for reliability checks):</source>
      <translation>Ihr Name oder Kodierercode (er steht auf jeder Spanne, die Sie markieren, für Reliabilitätsprüfungen):</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="96" />
      <source>Open project</source>
      <translation>Projekt öffnen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="106" />
      <source>New project from a recording</source>
      <translation>Neues Projekt aus einer Aufnahme</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="122" />
      <source>Save project</source>
      <translation>Projekt speichern</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="135" />
      <source>Choose another name</source>
      <translation>Einen anderen Namen wählen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="136" />
      <source>{name} already exists and may hold coding: a new project is never saved over it. Choose another name, or open that project instead.</source>
      <translation>{name} gibt es schon und es kann Kodierungen enthalten: Ein neues Projekt wird nie darüber gespeichert. Wählen Sie einen anderen Namen, oder öffnen Sie stattdessen dieses Projekt.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="165" />
      <source>The file was not changed.</source>
      <translation>Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="167" />
      <source>Cannot open project</source>
      <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="175" />
      <source>Project upgraded</source>
      <translation>Projekt aktualisiert</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="176" />
      <source>{name} was made with an older version. Opening it changed what is listed below; the file on disk changes only when you save.</source>
      <translation>{name} wurde mit einer älteren Version erstellt. Beim Öffnen hat sich das unten Aufgeführte geändert; die Datei auf dem Datenträger ändert sich erst, wenn Sie speichern.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="184" />
      <source>… and {n} more.</source>
      <translation>… und {n} weitere.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="235" />
      <source>Opened {project}, the project that already codes {video}.</source>
      <translation>{project} geöffnet, das Projekt, das {video} bereits kodiert.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="253" />
      <location filename="../../rupture_annotator/ui/file_flows.py" line="323" />
      <source>Cannot create project</source>
      <translation>Projekt kann nicht erstellt werden</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="254" />
      <source>Nothing was created.</source>
      <translation>Es wurde nichts erstellt.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="258" />
      <source>Reading the recording</source>
      <translation>Die Aufnahme wird gelesen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="259" />
      <source>Reading {name}…</source>
      <translation>{name} wird gelesen…</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="267" />
      <source>{name} took longer than {seconds} s to read; its drive may not be answering. {outcome}</source>
      <translation>Das Lesen von {name} dauerte länger als {seconds} s; das Laufwerk antwortet vielleicht nicht. {outcome}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="294" />
      <source>Codebook</source>
      <translation>Codebuch</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="295" />
      <source>Code this recording with:</source>
      <translation>Diese Aufnahme kodieren mit:</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="316" />
      <source>{name} already exists; nothing was written over it.</source>
      <translation>{name} gibt es schon; es wurde nichts darüber geschrieben.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="326" />
      <source>Created {project} for {video}.</source>
      <translation>{project} für {video} erstellt.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="346" />
      <location filename="../../rupture_annotator/ui/file_flows.py" line="394" />
      <source>A different recording?</source>
      <translation>Eine andere Aufnahme?</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="347" />
      <source>{name} is not the file this project was coded on (its size or content differ). Check that it is the right session before coding.</source>
      <translation>{name} ist nicht die Datei, an der dieses Projekt kodiert wurde (Größe oder Inhalt weichen ab). Prüfen Sie vor dem Kodieren, ob es die richtige Sitzung ist.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="361" />
      <source>Recording moved</source>
      <translation>Aufnahme verschoben</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="362" />
      <source>{name} was not found where it was, but {found} in the project's folder is the same recording. Use it?</source>
      <translation>{name} wurde nicht mehr am alten Ort gefunden, aber {found} im Ordner des Projekts ist dieselbe Aufnahme. Diese verwenden?</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="374" />
      <source>Recording not found</source>
      <translation>Aufnahme nicht gefunden</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="375" />
      <source>The recording {path} is missing. Find it now? (You can also code without video.)</source>
      <translation>Die Aufnahme {path} fehlt. Jetzt suchen? (Sie können auch ohne Video kodieren.)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="384" />
      <source>Find {name}</source>
      <translation>{name} suchen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="395" />
      <source>{name} differs from the recording this project was coded on. Link it anyway?</source>
      <translation>{name} weicht von der Aufnahme ab, an der dieses Projekt kodiert wurde. Trotzdem verknüpfen?</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="415" />
      <source>Recording not linked</source>
      <translation>Aufnahme nicht verknüpft</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/file_flows.py" line="416" />
      <source>The project still points to {file}.</source>
      <translation>Das Projekt verweist weiterhin auf {file}.</translation>
    </message>
  </context>
  <context>
    <name>menus</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
      <source>&amp;Playback</source>
      <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
      <source>&amp;Code</source>
      <translation>&amp;Kodieren</translation>
    </message>
    <message>
      <source>&amp;Review</source>
      <translation>Bes&amp;prechung</translation>
    </message>
    <message>
      <source>St&amp;udy</source>
      <translation>St&amp;udie</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
  </context>
  <context>
    <name>session</name>
    <message>
      <source>Dyad</source>
      <translation>Dyade</translation>
    </message>
    <message>
      <source>Therapist</source>
      <translation>Therapeut</translation>
    </message>
    <message>
      <source>Session number</source>
      <translation>Sitzungsnummer</translation>
    </message>
    <message>
      <source>Recording date</source>
      <translation>Aufnahmedatum</translation>
    </message>
    <message>
      <source>Condition</source>
      <translation>Bedingung</translation>
    </message>
    <message>
      <source>Phase</source>
      <translation>Phase</translation>
    </message>
  </context>
</TS>