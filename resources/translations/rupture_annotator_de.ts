<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
  <context>
    <name>CodebookEditor</name>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="74" />
      <source>Codebook — {name}</source>
      <translation>Codebuch — {name}</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="84" />
      <source>&amp;General</source>
      <translation>&amp;Allgemein</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="87" />
      <source>&amp;Withdrawal markers</source>
      <translation>&amp;Rückzugsmarker</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="88" />
      <source>&amp;Confrontation markers</source>
      <translation>&amp;Konfrontationsmarker</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="90" />
      <source>&amp;Strategies</source>
      <translation>&amp;Strategien</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="92" />
      <source>S&amp;cales</source>
      <translation>S&amp;kalen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="95" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="587" />
      <source>Id</source>
      <translation>Id</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="96" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="212" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="244" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="279" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="342" />
      <source>Label</source>
      <translation>Bezeichnung</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="100" />
      <source>&amp;Actors</source>
      <translation>A&amp;kteure</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="101" />
      <source>&amp;Translations</source>
      <translation>&amp;Übersetzungen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="111" />
      <source>&amp;Load Lab Codebook…</source>
      <translation>Labor-Codebuch &amp;laden…</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="113" />
      <source>Fill the editor from a *.codebook.json file; nothing changes until OK.</source>
      <translation>Den Editor aus einer *.codebook.json-Datei füllen; nichts ändert sich vor OK.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="116" />
      <source>Save &amp;As…</source>
      <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="117" />
      <source>Write this codebook as one file to share with a lab.</source>
      <translation>Dieses Codebuch als eine Datei schreiben, um es mit einem Labor zu teilen.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="148" />
      <source>Give a changed codebook a new version, so exports tell the two apart.</source>
      <translation>Geben Sie einem geänderten Codebuch eine neue Version, damit Exporte die beiden unterscheiden.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="153" />
      <source>The language of the labels, as a code: en, de, es, pt_BR.</source>
      <translation>Die Sprache der Bezeichnungen, als Code: en, de, es, pt_BR.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="160" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="161" />
      <source>The 3RS rates 5-minute segments; some labs use 1 minute.</source>
      <translation>Das 3RS bewertet 5-Minuten-Segmente; manche Labore nutzen 1 Minute.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="163" />
      <source>in every segment it overlaps</source>
      <translation>in jedem Segment, das sie überlappt</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="164" />
      <source>only in the segment where it starts</source>
      <translation>nur in dem Segment, in dem sie beginnt</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="170" />
      <source>Name:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="171" />
      <source>Version:</source>
      <translation>Version:</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="172" />
      <source>Id:</source>
      <translation>Id:</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="173" />
      <source>Language of the labels:</source>
      <translation>Sprache der Bezeichnungen:</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="174" />
      <source>Description:</source>
      <translation>Beschreibung:</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="175" />
      <source>Segment length:</source>
      <translation>Segmentlänge:</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="176" />
      <source>A span across a segment boundary counts:</source>
      <translation>Eine Spanne über eine Segmentgrenze zählt:</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="178" />
      <source>Withdrawal lane colour:</source>
      <translation>Farbe der Rückzugsspur:</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="179" />
      <source>Confrontation lane colour:</source>
      <translation>Farbe der Konfrontationsspur:</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="180" />
      <source>Resolution lane colour:</source>
      <translation>Farbe der Lösungsspur:</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="198" />
      <source>new marker</source>
      <translation>neuer Marker</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="210" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="242" />
      <source>Key</source>
      <translation>Taste</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="210" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="242" />
      <source>1…9 or 0: toggles it</source>
      <translation>1…9 oder 0: schaltet ihn um</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="211" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="243" />
      <source>No.</source>
      <translation>Nr.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="213" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="246" />
      <source>Definition</source>
      <translation>Definition</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="214" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="247" />
      <source>Colour</source>
      <translation>Farbe</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="215" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="245" />
      <source>Group</source>
      <translation>Gruppe</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="216" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="248" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="278" />
      <source>Id (in the data)</source>
      <translation>Id (in den Daten)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="225" />
      <source>new strategy</source>
      <translation>neue Strategie</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="236" />
      <source>immediate</source>
      <translation>unmittelbar</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="237" />
      <source>exploratory</source>
      <translation>explorativ</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="238" />
      <source>ungrouped</source>
      <translation>ohne Gruppe</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="256" />
      <source>new scale</source>
      <translation>neue Skala</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="266" />
      <source>each segment</source>
      <translation>jedes Segment</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="267" />
      <source>the session</source>
      <translation>die Sitzung</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="268" />
      <source>a rupture span</source>
      <translation>eine Bruchspanne</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="269" />
      <source>a strategy span</source>
      <translation>eine Strategiespanne</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="273" />
      <source>withdrawal</source>
      <translation>Rückzug</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="274" />
      <source>confrontation</source>
      <translation>Konfrontation</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="280" />
      <source>Rates</source>
      <translation>Bewertet</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="281" />
      <source>From</source>
      <translation>Von</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="282" />
      <source>To</source>
      <translation>Bis</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="285" />
      <source>Anchors</source>
      <translation>Anker</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="287" />
      <source>What each value means: 1 = None; 3 = Some; 5 = High</source>
      <translation>Was jeder Wert bedeutet: 1 = Keine; 3 = Etwas; 5 = Hoch</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="291" />
      <source>Rupture kind</source>
      <translation>Bruchart</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="295" />
      <source>A segment rating of one kind (3RS significance, salience)</source>
      <translation>Eine Segmentbewertung einer Art (3RS-Bedeutsamkeit, Salienz)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="299" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="419" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="609" />
      <source>Actor</source>
      <translation>Akteur</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="301" />
      <source>Whose moving away or against it rates (an actor id), or empty</source>
      <translation>Wessen Sich-Entfernen oder Dagegen-Wenden sie bewertet (eine Akteur-Id), oder leer</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="312" />
      <source>With actors (3RS v2022: patient, therapist), every rupture is someone's and counts and segment ratings are per actor. The first is the default.</source>
      <translation>Mit Akteuren (3RS v2022: Patient, Therapeut) gehört jeder Bruch jemandem, und Zählungen und Segmentbewertungen gelten je Akteur. Der erste ist die Vorgabe.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="328" />
      <source>A language code: de, es, fr, pt_BR.</source>
      <translation>Ein Sprachcode: de, es, fr, pt_BR.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="330" />
      <source>Labels in:</source>
      <translation>Bezeichnungen auf:</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="335" />
      <source>Coders whose app is in that language see these labels; the data keeps the ids. Leave a label empty to show the codebook's own.</source>
      <translation>Kodierende, deren App in dieser Sprache ist, sehen diese Bezeichnungen; die Daten behalten die Ids. Leer lassen zeigt die eigene Bezeichnung des Codebuchs.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="342" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="342" />
      <source>Translated label</source>
      <translation>Übersetzte Bezeichnung</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="415" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="602" />
      <source>Withdrawal marker</source>
      <translation>Rückzugsmarker</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="416" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="602" />
      <source>Confrontation marker</source>
      <translation>Konfrontationsmarker</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="417" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="607" />
      <source>Strategy</source>
      <translation>Strategie</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="418" />
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="608" />
      <source>Scale</source>
      <translation>Skala</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="475" />
      <source>Scale {label}, anchors: {reason}.</source>
      <translation>Skala {label}, Anker: {reason}.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="564" />
      <source>This project is coded with {name}, version {version} (id {id}, fingerprint {fingerprint}).</source>
      <translation>Dieses Projekt wird mit {name} kodiert, Version {version} (Id {id}, Fingerabdruck {fingerprint}).</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="574" />
      <source>You changed the codebook: give it a new version (now {version}) so its exports and files tell the two apart.</source>
      <translation>Sie haben das Codebuch geändert: Geben Sie ihm eine neue Version (jetzt {version}), damit Exporte und Dateien die beiden unterscheiden.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="588" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="589" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="590" />
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="591" />
      <source>Segment length</source>
      <translation>Segmentlänge</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="592" />
      <source>Lane colour</source>
      <translation>Spurfarbe</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="620" />
      <source>Load a lab codebook</source>
      <translation>Ein Labor-Codebuch laden</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="622" />
      <source>Codebooks (*{suffix} *.json)</source>
      <translation>Codebücher (*{suffix} *.json)</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="633" />
      <source>Codebook not loaded</source>
      <translation>Codebuch nicht geladen</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="634" />
      <source>{name} cannot be used:</source>
      <translation>{name} kann nicht verwendet werden:</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="648" />
      <source>Save the codebook for the lab</source>
      <translation>Das Codebuch für das Labor speichern</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="650" />
      <source>Codebooks (*{suffix})</source>
      <translation>Codebücher (*{suffix})</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="663" />
      <source>Codebook not saved</source>
      <translation>Codebuch nicht gespeichert</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="665" />
      <source>Saved {path}.</source>
      <translation>{path} gespeichert.</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="695" />
      <source>Edit codebook</source>
      <translation>Codebuch bearbeiten</translation>
    </message>
    <message>
      <location filename="../../rupture_annotator/ui/codebook_editor/dialog.py" line="703" />
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
      <source>&amp;Undo</source>
      <translation>&amp;Rückgängig</translation>
    </message>
    <message>
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
      <source>Session &amp;Details…</source>
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
      <source>Re&amp;play Moment</source>
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
      <source>Check Against &amp;Gold…</source>
      <translation>Gegen &amp;Gold prüfen…</translation>
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
      <translation>&amp;Besprechung</translation>
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
</TS>