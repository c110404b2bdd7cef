"""CID 7010 Key Object Selection Document Title.

Extensible, version 20190915, UID 1.2.840.10008.6.1.490.
Includes CID 7023, CID 7024, CID 7025, CID 7014, CID 7070.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7010
NAME: _Final[str] = "Key Object Selection Document Title"
KEYWORD: _Final[str | None] = "KeyObjectSelectionDocumentTitle"
UID: _Final[str | None] = "1.2.840.10008.6.1.490"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190915"
INCLUDES: _Final[tuple[int, ...]] = (7023, 7024, 7025, 7014, 7070)
EXTERNAL_SCHEME: _Final[str | None] = None

OfInterest: _Final[_Code] = _Code("DCM", "113000", "Of Interest", (7010,))
"""Of Interest (DCM 113000)."""

RejectedForQualityReasons: _Final[_Code] = _Code(
    "DCM", "113001", "Rejected for Quality Reasons", (7010, 7031)
)
"""Rejected for Quality Reasons (DCM 113001)."""

ForReferringProvider: _Final[_Code] = _Code("DCM", "113002", "For Referring Provider", (7010,))
"""For Referring Provider (DCM 113002)."""

ForSurgery: _Final[_Code] = _Code("DCM", "113003", "For Surgery", (7010,))
"""For Surgery (DCM 113003)."""

ForTeaching: _Final[_Code] = _Code("DCM", "113004", "For Teaching", (7010,))
"""For Teaching (DCM 113004)."""

ForConference: _Final[_Code] = _Code("DCM", "113005", "For Conference", (7010,))
"""For Conference (DCM 113005)."""

ForTherapy: _Final[_Code] = _Code("DCM", "113006", "For Therapy", (7010,))
"""For Therapy (DCM 113006)."""

ForPatient: _Final[_Code] = _Code("DCM", "113007", "For Patient", (7010,))
"""For Patient (DCM 113007)."""

ForPeerReview: _Final[_Code] = _Code("DCM", "113008", "For Peer Review", (7010,))
"""For Peer Review (DCM 113008)."""

ForResearch: _Final[_Code] = _Code("DCM", "113009", "For Research", (7010,))
"""For Research (DCM 113009)."""

QualityIssue: _Final[_Code] = _Code("DCM", "113010", "Quality Issue", (7010,))
"""Quality Issue (DCM 113010)."""

BestInSet: _Final[_Code] = _Code("DCM", "113013", "Best In Set", (7010,))
"""Best In Set (DCM 113013)."""

ForPrinting: _Final[_Code] = _Code("DCM", "113018", "For Printing", (7010,))
"""For Printing (DCM 113018)."""

ForReportAttachment: _Final[_Code] = _Code("DCM", "113020", "For Report Attachment", (7010,))
"""For Report Attachment (DCM 113020)."""

ForLitigation: _Final[_Code] = _Code("DCM", "113021", "For Litigation", (7010,))
"""For Litigation (DCM 113021)."""

Manifest: _Final[_Code] = _Code("DCM", "113030", "Manifest", (7010,))
"""Manifest (DCM 113030)."""

SignedManifest: _Final[_Code] = _Code("DCM", "113031", "Signed Manifest", (7010,))
"""Signed Manifest (DCM 113031)."""

CompleteStudyContent: _Final[_Code] = _Code("DCM", "113032", "Complete Study Content", (7010,))
"""Complete Study Content (DCM 113032)."""

SignedCompleteStudyContent: _Final[_Code] = _Code(
    "DCM", "113033", "Signed Complete Study Content", (7010,)
)
"""Signed Complete Study Content (DCM 113033)."""

CompleteAcquisitionContent: _Final[_Code] = _Code(
    "DCM", "113034", "Complete Acquisition Content", (7010,)
)
"""Complete Acquisition Content (DCM 113034)."""

SignedCompleteAcquisitionContent: _Final[_Code] = _Code(
    "DCM", "113035", "Signed Complete Acquisition Content", (7010,)
)
"""Signed Complete Acquisition Content (DCM 113035)."""

GroupOfFramesForDisplay: _Final[_Code] = _Code(
    "DCM", "113036", "Group of Frames for Display", (7010,)
)
"""Group of Frames for Display (DCM 113036)."""

RejectedForPatientSafetyReasons: _Final[_Code] = _Code(
    "DCM", "113037", "Rejected for Patient Safety Reasons", (7010, 7031)
)
"""Rejected for Patient Safety Reasons (DCM 113037)."""

IncorrectModalityWorklistEntry: _Final[_Code] = _Code(
    "DCM", "113038", "Incorrect Modality Worklist Entry", (7010, 7031)
)
"""Incorrect Modality Worklist Entry (DCM 113038)."""

DataRetentionPolicyExpired: _Final[_Code] = _Code(
    "DCM", "113039", "Data Retention Policy Expired", (7010, 7031)
)
"""Data Retention Policy Expired (DCM 113039)."""

CollectionOfPresentationStates: _Final[_Code] = _Code(
    "DCM", "113022", "Collection of Presentation States", (7010,)
)
"""Collection of Presentation States (DCM 113022)."""

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

ForDiagnosis: _Final[_Code] = _Code("DCM", "128195", "For Diagnosis", (7010,))
"""For Diagnosis (DCM 128195)."""

DiagnosisInputUsed: _Final[_Code] = _Code("DCM", "128218", "Diagnosis Input Used", (7010,))
"""Diagnosis Input Used (DCM 128218)."""

ForSegmentation: _Final[_Code] = _Code("DCM", "128196", "For Segmentation", (7010,))
"""For Segmentation (DCM 128196)."""

ContouringInputUsed: _Final[_Code] = _Code("DCM", "128219", "Contouring Input Used", (7010,))
"""Contouring Input Used (DCM 128219)."""

ForPlanComparison: _Final[_Code] = _Code("DCM", "128199", "For Plan Comparison", (7010,))
"""For Plan Comparison (DCM 128199)."""

PlanComparisonInputUsed: _Final[_Code] = _Code(
    "DCM", "128220", "Plan Comparison Input Used", (7010,)
)
"""Plan Comparison Input Used (DCM 128220)."""

ForTumorBoard: _Final[_Code] = _Code("DCM", "128203", "For Tumor Board", (7010,))
"""For Tumor Board (DCM 128203)."""

TumorBoardInputUsed: _Final[_Code] = _Code("DCM", "128221", "Tumor Board Input Used", (7010,))
"""Tumor Board Input Used (DCM 128221)."""

ForTumorRegistry: _Final[_Code] = _Code("DCM", "128208", "For Tumor Registry", (7010,))
"""For Tumor Registry (DCM 128208)."""

TumorRegistryInputUsed: _Final[_Code] = _Code("DCM", "128222", "Tumor Registry Input Used", (7010,))
"""Tumor Registry Input Used (DCM 128222)."""

ForClinicalTrialSubmission: _Final[_Code] = _Code(
    "DCM", "128207", "For Clinical Trial Submission", (7010,)
)
"""For Clinical Trial Submission (DCM 128207)."""

ClinicalTrialSubmissionInputUsed: _Final[_Code] = _Code(
    "DCM", "128223", "Clinical Trial Submission Input Used", (7010,)
)
"""Clinical Trial Submission Input Used (DCM 128223)."""

PrePlanningResult: _Final[_Code] = _Code("DCM", "128184", "Pre-Planning Result", (7023,))
"""Pre-Planning Result (DCM 128184). Included from CID 7023."""

RTPrescriptionResult: _Final[_Code] = _Code("DCM", "128185", "RT Prescription Result", (7023,))
"""RT Prescription Result (DCM 128185). Included from CID 7023."""

DoseCalculationImageSeries: _Final[_Code] = _Code(
    "DCM", "128186", "Dose Calculation Image Series", (7023, 9510)
)
"""Dose Calculation Image Series (DCM 128186). Included from CID 7023."""

CoordinateAlignmentImageSeries: _Final[_Code] = _Code(
    "DCM", "128187", "Coordinate Alignment Image Series", (7023,)
)
"""Coordinate Alignment Image Series (DCM 128187). Included from CID 7023."""

RTTreatmentSimulationResult: _Final[_Code] = _Code(
    "DCM", "128188", "RT Treatment Simulation Result", (7023,)
)
"""RT Treatment Simulation Result (DCM 128188). Included from CID 7023."""

RTPlanningResult: _Final[_Code] = _Code("DCM", "128189", "RT Planning Result", (7023,))
"""RT Planning Result (DCM 128189). Included from CID 7023."""

DosimetricResult: _Final[_Code] = _Code("DCM", "128190", "Dosimetric Result", (7023,))
"""Dosimetric Result (DCM 128190). Included from CID 7023."""

PatientSetupVerificationResult: _Final[_Code] = _Code(
    "DCM", "128191", "Patient Setup Verification Result", (7023,)
)
"""Patient Setup Verification Result (DCM 128191). Included from CID 7023."""

RTTreatmentSessionResult: _Final[_Code] = _Code(
    "DCM", "128192", "RT Treatment Session Result", (7023,)
)
"""RT Treatment Session Result (DCM 128192). Included from CID 7023."""

RTTreatmentCourseSummary: _Final[_Code] = _Code(
    "DCM", "128193", "RT Treatment Course Summary", (7023,)
)
"""RT Treatment Course Summary (DCM 128193). Included from CID 7023."""

RTTreatmentQAResult: _Final[_Code] = _Code("DCM", "128194", "RT Treatment QA Result", (7023,))
"""RT Treatment QA Result (DCM 128194). Included from CID 7023."""

ForRTWorkflow: _Final[_Code] = _Code("DCM", "128180", "For RT Workflow", (7024,))
"""For RT Workflow (DCM 128180). Included from CID 7024."""

ForRTPrescription: _Final[_Code] = _Code("DCM", "128197", "For RT Prescription", (7024,))
"""For RT Prescription (DCM 128197). Included from CID 7024."""

ForRTTreatmentPlanning: _Final[_Code] = _Code("DCM", "128198", "For RT Treatment Planning", (7024,))
"""For RT Treatment Planning (DCM 128198). Included from CID 7024."""

ForRTPlanSummation: _Final[_Code] = _Code("DCM", "128200", "For RT Plan Summation", (7024,))
"""For RT Plan Summation (DCM 128200). Included from CID 7024."""

ForPhysicianReview: _Final[_Code] = _Code("DCM", "128201", "For Physician Review", (7024,))
"""For Physician Review (DCM 128201). Included from CID 7024."""

ForPhysicistReview: _Final[_Code] = _Code("DCM", "128202", "For Physicist Review", (7024,))
"""For Physicist Review (DCM 128202). Included from CID 7024."""

ForPlanQualityAssurance: _Final[_Code] = _Code(
    "DCM", "128204", "For Plan Quality Assurance", (7024,)
)
"""For Plan Quality Assurance (DCM 128204). Included from CID 7024."""

ForMachineQualityAssurance: _Final[_Code] = _Code(
    "DCM", "128205", "For Machine Quality Assurance", (7024,)
)
"""For Machine Quality Assurance (DCM 128205). Included from CID 7024."""

ForPatientSetupVerification: _Final[_Code] = _Code(
    "DCM", "128206", "For Patient Setup Verification", (7024,)
)
"""For Patient Setup Verification (DCM 128206). Included from CID 7024."""

RTWorkflowInputUsed: _Final[_Code] = _Code("DCM", "128209", "RT Workflow Input Used", (7025,))
"""RT Workflow Input Used (DCM 128209). Included from CID 7025."""

RTPrescriptionInputUsed: _Final[_Code] = _Code(
    "DCM", "128210", "RT Prescription Input Used", (7025,)
)
"""RT Prescription Input Used (DCM 128210). Included from CID 7025."""

RTTreatmentPlanningInputUsed: _Final[_Code] = _Code(
    "DCM", "128211", "RT Treatment Planning Input Used", (7025,)
)
"""RT Treatment Planning Input Used (DCM 128211). Included from CID 7025."""

RTPlanSummationInputUsed: _Final[_Code] = _Code(
    "DCM", "128212", "RT Plan Summation Input Used", (7025,)
)
"""RT Plan Summation Input Used (DCM 128212). Included from CID 7025."""

PhysicianReviewInputUsed: _Final[_Code] = _Code(
    "DCM", "128213", "Physician Review Input Used", (7025,)
)
"""Physician Review Input Used (DCM 128213). Included from CID 7025."""

PhysicistReviewInputUsed: _Final[_Code] = _Code(
    "DCM", "128214", "Physicist Review Input Used", (7025,)
)
"""Physicist Review Input Used (DCM 128214). Included from CID 7025."""

PlanQualityAssuranceInputUsed: _Final[_Code] = _Code(
    "DCM", "128215", "Plan Quality Assurance Input Used", (7025,)
)
"""Plan Quality Assurance Input Used (DCM 128215). Included from CID 7025."""

MachineQualityAssuranceInputUsed: _Final[_Code] = _Code(
    "DCM", "128216", "Machine Quality Assurance Input Used", (7025,)
)
"""Machine Quality Assurance Input Used (DCM 128216). Included from CID 7025."""

PatientSetupVerificationInputUsed: _Final[_Code] = _Code(
    "DCM", "128217", "Patient Setup Verification Input Used", (7025,)
)
"""Patient Setup Verification Input Used (DCM 128217). Included from CID 7025."""

ForTeachingFileExport: _Final[_Code] = _Code("DCM", "128710", "For Teaching File Export", (7014,))
"""For Teaching File Export (DCM 128710). Included from CID 7014."""

ForClinicalTrialExport: _Final[_Code] = _Code("DCM", "128711", "For Clinical Trial Export", (7014,))
"""For Clinical Trial Export (DCM 128711). Included from CID 7014."""

ForResearchCollectionExport: _Final[_Code] = _Code(
    "DCM", "128713", "For Research Collection Export", (7014,)
)
"""For Research Collection Export (DCM 128713). Included from CID 7014."""

ForPublicationExport: _Final[_Code] = _Code("DCM", "128714", "For Publication Export", (7014,))
"""For Publication Export (DCM 128714). Included from CID 7014."""

RTVRendition: _Final[_Code] = _Code("DCM", "130370", "RTV Rendition", (7070,))
"""RTV Rendition (DCM 130370). Included from CID 7070."""

RTVAudioAndVideoRendition: _Final[_Code] = _Code(
    "DCM", "130371", "RTV Audio and Video Rendition", (7070,)
)
"""RTV Audio and Video Rendition (DCM 130371). Included from CID 7070."""

RTVStereoVideoRendition: _Final[_Code] = _Code(
    "DCM", "130372", "RTV Stereo Video Rendition", (7070,)
)
"""RTV Stereo Video Rendition (DCM 130372). Included from CID 7070."""

RTVAudioAndStereoVideoRendition: _Final[_Code] = _Code(
    "DCM", "130373", "RTV Audio and Stereo Video Rendition", (7070,)
)
"""RTV Audio and Stereo Video Rendition (DCM 130373). Included from CID 7070."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    OfInterest,
    RejectedForQualityReasons,
    ForReferringProvider,
    ForSurgery,
    ForTeaching,
    ForConference,
    ForTherapy,
    ForPatient,
    ForPeerReview,
    ForResearch,
    QualityIssue,
    BestInSet,
    ForPrinting,
    ForReportAttachment,
    ForLitigation,
    Manifest,
    SignedManifest,
    CompleteStudyContent,
    SignedCompleteStudyContent,
    CompleteAcquisitionContent,
    SignedCompleteAcquisitionContent,
    GroupOfFramesForDisplay,
    RejectedForPatientSafetyReasons,
    IncorrectModalityWorklistEntry,
    DataRetentionPolicyExpired,
    CollectionOfPresentationStates,
    DiagnosticSourceImages,
    SegmentationResult,
    RegistrationResult,
    ForDiagnosis,
    DiagnosisInputUsed,
    ForSegmentation,
    ContouringInputUsed,
    ForPlanComparison,
    PlanComparisonInputUsed,
    ForTumorBoard,
    TumorBoardInputUsed,
    ForTumorRegistry,
    TumorRegistryInputUsed,
    ForClinicalTrialSubmission,
    ClinicalTrialSubmissionInputUsed,
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
    ForRTWorkflow,
    ForRTPrescription,
    ForRTTreatmentPlanning,
    ForRTPlanSummation,
    ForPhysicianReview,
    ForPhysicistReview,
    ForPlanQualityAssurance,
    ForMachineQualityAssurance,
    ForPatientSetupVerification,
    RTWorkflowInputUsed,
    RTPrescriptionInputUsed,
    RTTreatmentPlanningInputUsed,
    RTPlanSummationInputUsed,
    PhysicianReviewInputUsed,
    PhysicistReviewInputUsed,
    PlanQualityAssuranceInputUsed,
    MachineQualityAssuranceInputUsed,
    PatientSetupVerificationInputUsed,
    ForTeachingFileExport,
    ForClinicalTrialExport,
    ForResearchCollectionExport,
    ForPublicationExport,
    RTVRendition,
    RTVAudioAndVideoRendition,
    RTVStereoVideoRendition,
    RTVAudioAndStereoVideoRendition,
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
