"""CID 4108 Perfusion Model Parameter.

Extensible, version 20190326, UID 1.2.840.10008.6.1.993.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4108
NAME: _Final[str] = "Perfusion Model Parameter"
KEYWORD: _Final[str | None] = "PerfusionModelParameter"
UID: _Final[str | None] = "1.2.840.10008.6.1.993"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190326"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AbsoluteRegionalBloodFlow: _Final[_Code] = _Code(
    "DCM", "126390", "Absolute Regional Blood Flow", (4108,)
)
"""Absolute Regional Blood Flow (DCM 126390)."""

AbsoluteRegionalBloodVolume: _Final[_Code] = _Code(
    "DCM", "126391", "Absolute Regional Blood Volume", (4108,)
)
"""Absolute Regional Blood Volume (DCM 126391)."""

RelativeRegionalBloodFlow: _Final[_Code] = _Code(
    "DCM", "126397", "Relative Regional Blood Flow", (4108,)
)
"""Relative Regional Blood Flow (DCM 126397)."""

RelativeRegionalBloodVolume: _Final[_Code] = _Code(
    "DCM", "126398", "Relative Regional Blood Volume", (4108,)
)
"""Relative Regional Blood Volume (DCM 126398)."""

MeanTransitTime: _Final[_Code] = _Code("DCM", "113052", "Mean Transit Time", (4108,))
"""Mean Transit Time (DCM 113052)."""

TimeToPeak: _Final[_Code] = _Code("DCM", "113069", "Time To Peak", (4108, 4109))
"""Time To Peak (DCM 113069)."""

OxygenExtractionFraction: _Final[_Code] = _Code(
    "DCM", "126392", "Oxygen Extraction Fraction", (4108,)
)
"""Oxygen Extraction Fraction (DCM 126392)."""

Tmax: _Final[_Code] = _Code("DCM", "113084", "Tmax", (4108,))
"""Tmax (DCM 113084)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AbsoluteRegionalBloodFlow,
    AbsoluteRegionalBloodVolume,
    RelativeRegionalBloodFlow,
    RelativeRegionalBloodVolume,
    MeanTransitTime,
    TimeToPeak,
    OxygenExtractionFraction,
    Tmax,
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
