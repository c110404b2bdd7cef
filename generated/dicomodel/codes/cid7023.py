"""CID 7023 RT Process Output.

Extensible, version 20160908, UID 1.2.840.10008.6.1.1135.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7023
NAME: _Final[str] = "RT Process Output"
KEYWORD: _Final[str | None] = "RTProcessOutput"
UID: _Final[str | None] = "1.2.840.10008.6.1.1135"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160908"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PrePlanningResult: _Final[_Code] = _Code("DCM", "128184", "Pre-Planning Result", (7023,))
"""Pre-Planning Result (DCM 128184)."""

RTPrescriptionResult: _Final[_Code] = _Code("DCM", "128185", "RT Prescription Result", (7023,))
"""RT Prescription Result (DCM 128185)."""

DoseCalculationImageSeries: _Final[_Code] = _Code(
    "DCM", "128186", "Dose Calculation Image Series", (7023, 9510)
)
"""Dose Calculation Image Series (DCM 128186)."""

CoordinateAlignmentImageSeries: _Final[_Code] = _Code(
    "DCM", "128187", "Coordinate Alignment Image Series", (7023,)
)
"""Coordinate Alignment Image Series (DCM 128187)."""

RTTreatmentSimulationResult: _Final[_Code] = _Code(
    "DCM", "128188", "RT Treatment Simulation Result", (7023,)
)
"""RT Treatment Simulation Result (DCM 128188)."""

RTPlanningResult: _Final[_Code] = _Code("DCM", "128189", "RT Planning Result", (7023,))
"""RT Planning Result (DCM 128189)."""

DosimetricResult: _Final[_Code] = _Code("DCM", "128190", "Dosimetric Result", (7023,))
"""Dosimetric Result (DCM 128190)."""

PatientSetupVerificationResult: _Final[_Code] = _Code(
    "DCM", "128191", "Patient Setup Verification Result", (7023,)
)
"""Patient Setup Verification Result (DCM 128191)."""

RTTreatmentSessionResult: _Final[_Code] = _Code(
    "DCM", "128192", "RT Treatment Session Result", (7023,)
)
"""RT Treatment Session Result (DCM 128192)."""

RTTreatmentCourseSummary: _Final[_Code] = _Code(
    "DCM", "128193", "RT Treatment Course Summary", (7023,)
)
"""RT Treatment Course Summary (DCM 128193)."""

RTTreatmentQAResult: _Final[_Code] = _Code("DCM", "128194", "RT Treatment QA Result", (7023,))
"""RT Treatment QA Result (DCM 128194)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PrePlanningResult,
    RTPrescriptionResult,
    DoseCalculationImageSeries,
    CoordinateAlignmentImageSeries,
    RTTreatmentSimulationResult,
    RTPlanningResult,
    DosimetricResult,
    PatientSetupVerificationResult,
    RTTreatmentSessionResult,
    RTTreatmentCourseSummary,
    RTTreatmentQAResult,
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
