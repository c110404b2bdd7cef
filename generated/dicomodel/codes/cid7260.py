"""CID 7260 Diffusion Acquisition Value Type.

Extensible, version 20150918, UID 1.2.840.10008.6.1.1059.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7260
NAME: _Final[str] = "Diffusion Acquisition Value Type"
KEYWORD: _Final[str | None] = "DiffusionAcquisitionValueType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1059"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20150918"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

HARDI: _Final[_Code] = _Code("DCM", "113221", "HARDI", (7260,))
"""HARDI (DCM 113221)."""

DKI: _Final[_Code] = _Code("DCM", "113222", "DKI", (7260,))
"""DKI (DCM 113222)."""

DTI: _Final[_Code] = _Code("DCM", "113223", "DTI", (7260,))
"""DTI (DCM 113223)."""

DSI: _Final[_Code] = _Code("DCM", "113224", "DSI", (7260, 7261))
"""DSI (DCM 113224)."""

LSDI: _Final[_Code] = _Code("DCM", "113225", "LSDI", (7260,))
"""LSDI (DCM 113225)."""

SingleShotEPI: _Final[_Code] = _Code("DCM", "113226", "Single Shot EPI", (7260,))
"""Single Shot EPI (DCM 113226)."""

MultipleShotEPI: _Final[_Code] = _Code("DCM", "113227", "Multiple Shot EPI", (7260,))
"""Multiple Shot EPI (DCM 113227)."""

ParallelImaging: _Final[_Code] = _Code("DCM", "113228", "Parallel Imaging", (7260,))
"""Parallel Imaging (DCM 113228)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    HARDI,
    DKI,
    DTI,
    DSI,
    LSDI,
    SingleShotEPI,
    MultipleShotEPI,
    ParallelImaging,
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
