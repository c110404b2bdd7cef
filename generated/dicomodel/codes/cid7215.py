"""CID 7215 Spectroscopy Purpose of Reference.

Extensible, version 20140105, UID 1.2.840.10008.6.1.970.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7215
NAME: _Final[str] = "Spectroscopy Purpose of Reference"
KEYWORD: _Final[str | None] = "SpectroscopyPurposeOfReference"
UID: _Final[str | None] = "1.2.840.10008.6.1.970"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20140105"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SpectroscopyDataForWaterPhaseCorrection: _Final[_Code] = _Code(
    "DCM", "121318", "Spectroscopy Data for Water Phase Correction", (7215,)
)
"""Spectroscopy Data for Water Phase Correction (DCM 121318)."""

MEMBERS: _Final[tuple[_Code, ...]] = (SpectroscopyDataForWaterPhaseCorrection,)
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
