"""CID 12252 Cardiac Ultrasound Cardiac Function.

Extensible, version 20100317, UID 1.2.840.10008.6.1.833.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12252
NAME: _Final[str] = "Cardiac Ultrasound Cardiac Function"
KEYWORD: _Final[str | None] = "CardiacUltrasoundCardiacFunction"
UID: _Final[str | None] = "1.2.840.10008.6.1.833"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100317"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CardiacEjectionFraction: _Final[_Code] = _Code(
    "SCT", "70822001", "Cardiac ejection fraction", (12252, 12304)
)
"""Cardiac ejection fraction (SCT 70822001)."""

MeanVelocityOfCircumferentialFiberShorteningMeanVcfv: _Final[_Code] = _Code(
    "LN", "59117-2", "Mean Velocity of Circumferential Fiber Shortening (Mean VcFv)", (12252,)
)
"""Mean Velocity of Circumferential Fiber Shortening (Mean VcFv) (LN 59117-2)."""

HRCorrectedMeanVelocityOfCircumferentialFiberShortening: _Final[_Code] = _Code(
    "LN", "59118-0", "HR-Corrected Mean Velocity of Circumferential Fiber Shortening", (12252,)
)
"""HR-Corrected Mean Velocity of Circumferential Fiber Shortening (LN 59118-0)."""

PercentThickening: _Final[_Code] = _Code("LN", "59092-7", "% Thickening", (12252,))
"""% Thickening (LN 59092-7)."""

FractionalShortening: _Final[_Code] = _Code(
    "LN", "59132-1", "Fractional Shortening", (12252, 12304)
)
"""Fractional Shortening (LN 59132-1)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CardiacEjectionFraction,
    MeanVelocityOfCircumferentialFiberShorteningMeanVcfv,
    HRCorrectedMeanVelocityOfCircumferentialFiberShortening,
    PercentThickening,
    FractionalShortening,
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
