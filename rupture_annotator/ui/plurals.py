"""English plurals of the app's counted sentences.

A counted sentence is translated with Qt's plural forms: tr("%n moment(s)", "", n), whose
translation gives each form of its language. Without a translation (the app in English) Qt
returns the source with the number put in; `english` then reads it as English does.
"""

from __future__ import annotations


def english(text: str, n: int) -> str:
    """ "1 moment(s)" as "1 moment", "3 moment(s)" as "3 moments", "1 strategy(ies)" as
    "1 strategy", "2 strategy(ies)" as "2 strategies"; a translated text comes back as it is."""
    if n == 1:
        return text.replace("(ies)", "").replace("(s)", "")
    return text.replace("y(ies)", "ies").replace("(s)", "s")
