"""CID 3760 Hypertension Therapy.

Extensible, version 20190817, UID 1.2.840.10008.6.1.254.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3760
NAME: Final[str] = "Hypertension Therapy"
KEYWORD: Final[str | None] = "HypertensionTherapy"
UID: Final[str | None] = "1.2.840.10008.6.1.254"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190817"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BetaBlocker: Final[Code] = Code("SCT", "33252009", "Beta blocker", (10, 3760))
"""Beta blocker (SCT 33252009)."""

CalciumChannelBlocker: Final[Code] = Code("SCT", "48698004", "Calcium channel blocker", (3760,))
"""Calcium channel blocker (SCT 48698004)."""

NitrateVasodilator: Final[Code] = Code("SCT", "372700007", "Nitrate vasodilator", (3760,))
"""Nitrate vasodilator (SCT 372700007)."""

ACEInhibitor: Final[Code] = Code("SCT", "41549009", "ACE inhibitor", (3760,))
"""ACE inhibitor (SCT 41549009)."""

AngiotensinIIReceptorAntagonist: Final[Code] = Code(
    "SCT", "96308008", "Angiotensin II receptor antagonist", (3760,)
)
"""Angiotensin II receptor antagonist (SCT 96308008)."""

Diuretic: Final[Code] = Code("SCT", "30492008", "Diuretic", (10, 3760))
"""Diuretic (SCT 30492008)."""

MEMBERS: Final[tuple[Code, ...]] = (
    BetaBlocker,
    CalciumChannelBlocker,
    NitrateVasodilator,
    ACEInhibitor,
    AngiotensinIIReceptorAntagonist,
    Diuretic,
)
"""The resolved membership: own members, then those of the included groups, in order."""
