"""CID 9509 Purpose of Reference For RT Physician Intent Input.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1219.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9509
NAME: _Final[str] = "Purpose of Reference For RT Physician Intent Input"
KEYWORD: _Final[str | None] = "PurposeOfReferenceForRTPhysicianIntentInput"
UID: _Final[str | None] = "1.2.840.10008.6.1.1219"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

HistoricalRTPrescription: _Final[_Code] = _Code(
    "DCM", "130135", "Historical RT Prescription", (9509,)
)
"""Historical RT Prescription (DCM 130135)."""

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

RTPrescriptionInputImages: _Final[_Code] = _Code(
    "DCM", "130136", "RT Prescription Input Images", (9509,)
)
"""RT Prescription Input Images (DCM 130136)."""

RelevantDiagnosticTestsAndOrLaboratoryData: _Final[_Code] = _Code(
    "LN", "30954-2", "Relevant Diagnostic Tests and/or Laboratory Data", (9509,)
)
"""Relevant Diagnostic Tests and/or Laboratory Data (LN 30954-2)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    HistoricalRTPrescription,
    DiagnosticSourceImages,
    SegmentationResult,
    RegistrationResult,
    RTPrescriptionInputImages,
    RelevantDiagnosticTestsAndOrLaboratoryData,
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
