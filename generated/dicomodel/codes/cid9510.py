"""CID 9510 Purpose of Reference For RT Treatment Planning Input.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1220.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9510
NAME: _Final[str] = "Purpose of Reference For RT Treatment Planning Input"
KEYWORD: _Final[str | None] = "PurposeOfReferenceForRTTreatmentPlanningInput"
UID: _Final[str | None] = "1.2.840.10008.6.1.1220"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DiagnosticSourceImages: _Final[_Code] = _Code(
    "DCM", "128181", "Diagnostic Source Images", (7010, 9509, 9510)
)
"""Diagnostic Source Images (DCM 128181)."""

SegmentationResult: _Final[_Code] = _Code(
    "DCM", "128182", "Segmentation Result", (7010, 9509, 9510)
)
"""Segmentation Result (DCM 128182)."""

RegistrationResult: _Final[_Code] = _Code(
    "DCM", "128183", "Registration Result", (7010, 9509, 9510)
)
"""Registration Result (DCM 128183)."""

RTPrescriptionResult: _Final[_Code] = _Code("DCM", "128186", "RT Prescription Result", (7023, 9510))
"""RT Prescription Result (DCM 128186)."""

RTTreatmentPlanningInputImages: _Final[_Code] = _Code(
    "DCM", "130137", "RT Treatment Planning Input Images", (9510,)
)
"""RT Treatment Planning Input Images (DCM 130137)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    DiagnosticSourceImages,
    SegmentationResult,
    RegistrationResult,
    RTPrescriptionResult,
    RTTreatmentPlanningInputImages,
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
