"""CID 4108 Perfusion Model Parameter.

Extensible, version 20190326, UID 1.2.840.10008.6.1.993.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4108
NAME: Final[str] = "Perfusion Model Parameter"
KEYWORD: Final[str | None] = "PerfusionModelParameter"
UID: Final[str | None] = "1.2.840.10008.6.1.993"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190326"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AbsoluteRegionalBloodFlow: Final[Code] = Code(
    "DCM", "126390", "Absolute Regional Blood Flow", (4108,)
)
"""Absolute Regional Blood Flow (DCM 126390)."""

AbsoluteRegionalBloodVolume: Final[Code] = Code(
    "DCM", "126391", "Absolute Regional Blood Volume", (4108,)
)
"""Absolute Regional Blood Volume (DCM 126391)."""

RelativeRegionalBloodFlow: Final[Code] = Code(
    "DCM", "126397", "Relative Regional Blood Flow", (4108,)
)
"""Relative Regional Blood Flow (DCM 126397)."""

RelativeRegionalBloodVolume: Final[Code] = Code(
    "DCM", "126398", "Relative Regional Blood Volume", (4108,)
)
"""Relative Regional Blood Volume (DCM 126398)."""

MeanTransitTime: Final[Code] = Code("DCM", "113052", "Mean Transit Time", (4108,))
"""Mean Transit Time (DCM 113052)."""

TimeToPeak: Final[Code] = Code("DCM", "113069", "Time To Peak", (4108, 4109))
"""Time To Peak (DCM 113069)."""

OxygenExtractionFraction: Final[Code] = Code("DCM", "126392", "Oxygen Extraction Fraction", (4108,))
"""Oxygen Extraction Fraction (DCM 126392)."""

Tmax: Final[Code] = Code("DCM", "113084", "Tmax", (4108,))
"""Tmax (DCM 113084)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
