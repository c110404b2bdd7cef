"""CID 3485 IVUS Volume Measurement.

Extensible, version 20040614, UID 1.2.840.10008.6.1.120.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3485
NAME: _Final[str] = "IVUS Volume Measurement"
KEYWORD: _Final[str | None] = "IVUSVolumeMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.120"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040614"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

EEMVolume: _Final[_Code] = _Code("DCM", "122371", "EEM Volume", (3485,))
"""EEM Volume (DCM 122371)."""

LumenVolume: _Final[_Code] = _Code("DCM", "122372", "Lumen Volume", (3485,))
"""Lumen Volume (DCM 122372)."""

StentVolume: _Final[_Code] = _Code("SCT", "408704003", "Stent Volume", (3485,))
"""Stent Volume (SCT 408704003)."""

InStentNeointimalVolume: _Final[_Code] = _Code(
    "DCM", "122374", "In-Stent Neointimal Volume", (3485,)
)
"""In-Stent Neointimal Volume (DCM 122374)."""

NativePlaqueVolume: _Final[_Code] = _Code("DCM", "122375", "Native Plaque Volume", (3485,))
"""Native Plaque Volume (DCM 122375)."""

TotalPlaqueVolume: _Final[_Code] = _Code("DCM", "122376", "Total Plaque Volume", (3485,))
"""Total Plaque Volume (DCM 122376)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    EEMVolume,
    LumenVolume,
    StentVolume,
    InStentNeointimalVolume,
    NativePlaqueVolume,
    TotalPlaqueVolume,
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
