"""CID 3049 EEG Procedure.

Extensible, version 20240616, UID 1.2.840.10008.6.1.1489.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3049
NAME: _Final[str] = "EEG Procedure"
KEYWORD: _Final[str | None] = "EEGProcedure"
UID: _Final[str | None] = "1.2.840.10008.6.1.1489"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240616"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

EEG: _Final[_Code] = _Code("SCT", "54550000", "EEG", (3049,))
"""EEG (SCT 54550000)."""

AmbulatoryEEG: _Final[_Code] = _Code("SCT", "252735006", "Ambulatory EEG", (3049,))
"""Ambulatory EEG (SCT 252735006)."""

ScalpEEG: _Final[_Code] = _Code("SCT", "252721009", "Scalp EEG", (3049,))
"""Scalp EEG (SCT 252721009)."""

SleepEEG: _Final[_Code] = _Code("SCT", "18648009", "Sleep EEG", (3049,))
"""Sleep EEG (SCT 18648009)."""

VideoEEG: _Final[_Code] = _Code("SCT", "252738008", "Video EEG", (3049,))
"""Video EEG (SCT 252738008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (EEG, AmbulatoryEEG, ScalpEEG, SleepEEG, VideoEEG)
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
