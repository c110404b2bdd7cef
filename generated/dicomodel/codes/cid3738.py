"""CID 3738 Pre-Cath Angina Type.

Extensible, version 20030327, UID 1.2.840.10008.6.1.235.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3738
NAME: _Final[str] = "Pre-Cath Angina Type"
KEYWORD: _Final[str | None] = "PreCathAnginaType"
UID: _Final[str | None] = "1.2.840.10008.6.1.235"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AtypicalChestPain: _Final[_Code] = _Code("NCDR", "49-I", "Atypical Chest Pain", (3738,))
"""Atypical Chest Pain (NCDR 49-I)."""

StableAngina: _Final[_Code] = _Code("NCDR", "49-II", "Stable Angina", (3738,))
"""Stable Angina (NCDR 49-II)."""

AcuteCoronarySyndromeUnstableAngina: _Final[_Code] = _Code(
    "NCDR", "49-IIIa", "Acute Coronary Syndrome: Unstable Angina", (3738,)
)
"""Acute Coronary Syndrome: Unstable Angina (NCDR 49-IIIa)."""

AcuteCoronarySyndromeNonSTElevationMyocardialInfarction: _Final[_Code] = _Code(
    "NCDR", "49-IIIb", "Acute Coronary Syndrome: Non ST-Elevation Myocardial Infarction", (3738,)
)
"""Acute Coronary Syndrome: Non ST-Elevation Myocardial Infarction (NCDR 49-IIIb)."""

AcuteCoronarySyndromeSTElevationMyocardialInfarction: _Final[_Code] = _Code(
    "NCDR", "49-IIIc", "Acute Coronary Syndrome: ST-Elevation Myocardial Infarction", (3738,)
)
"""Acute Coronary Syndrome: ST-Elevation Myocardial Infarction (NCDR 49-IIIc)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AtypicalChestPain,
    StableAngina,
    AcuteCoronarySyndromeUnstableAngina,
    AcuteCoronarySyndromeNonSTElevationMyocardialInfarction,
    AcuteCoronarySyndromeSTElevationMyocardialInfarction,
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
