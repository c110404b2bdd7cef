"""CID 3760 Hypertension Therapy.

Extensible, version 20190817, UID 1.2.840.10008.6.1.254.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3760
NAME: _Final[str] = "Hypertension Therapy"
KEYWORD: _Final[str | None] = "HypertensionTherapy"
UID: _Final[str | None] = "1.2.840.10008.6.1.254"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190817"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BetaBlocker: _Final[_Code] = _Code("SCT", "33252009", "Beta blocker", (10, 3760))
"""Beta blocker (SCT 33252009)."""

CalciumChannelBlocker: _Final[_Code] = _Code("SCT", "48698004", "Calcium channel blocker", (3760,))
"""Calcium channel blocker (SCT 48698004)."""

NitrateVasodilator: _Final[_Code] = _Code("SCT", "372700007", "Nitrate vasodilator", (3760,))
"""Nitrate vasodilator (SCT 372700007)."""

ACEInhibitor: _Final[_Code] = _Code("SCT", "41549009", "ACE inhibitor", (3760,))
"""ACE inhibitor (SCT 41549009)."""

AngiotensinIIReceptorAntagonist: _Final[_Code] = _Code(
    "SCT", "96308008", "Angiotensin II receptor antagonist", (3760,)
)
"""Angiotensin II receptor antagonist (SCT 96308008)."""

Diuretic: _Final[_Code] = _Code("SCT", "30492008", "Diuretic", (10, 3760))
"""Diuretic (SCT 30492008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    BetaBlocker,
    CalciumChannelBlocker,
    NitrateVasodilator,
    ACEInhibitor,
    AngiotensinIIReceptorAntagonist,
    Diuretic,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
