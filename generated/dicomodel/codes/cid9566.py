"""CID 9566 Clinical Tolerance Violation Type.

Extensible, version 20200624, UID 1.2.840.10008.6.1.1323.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9566
NAME: _Final[str] = "Clinical Tolerance Violation Type"
KEYWORD: _Final[str | None] = "ClinicalToleranceViolationType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1323"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200624"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BeamTargetingToleranceViolation: _Final[_Code] = _Code(
    "DCM", "130468", "Beam Targeting Tolerance Violation", (9566,)
)
"""Beam Targeting Tolerance Violation (DCM 130468)."""

MetersetToleranceViolation: _Final[_Code] = _Code(
    "DCM", "130469", "Meterset Tolerance Violation", (9566,)
)
"""Meterset Tolerance Violation (DCM 130469)."""

DeliveryRateToleranceViolation: _Final[_Code] = _Code(
    "DCM", "130470", "Delivery Rate Tolerance Violation", (9566,)
)
"""Delivery Rate Tolerance Violation (DCM 130470)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    BeamTargetingToleranceViolation,
    MetersetToleranceViolation,
    DeliveryRateToleranceViolation,
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
