"""UIDs of DICOM PS3.6 Tables A-1 and A-2 (well-known frames of reference).

Each UID with a keyword is a constant named by it, a ``pydicom.uid.UID``.
UIDs without keyword (2 in 2024c) have no constant; they are
in ``UID_INFO``, as every UID is. Retired UIDs are included and marked retired.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from pydicom.uid import UID


@dataclass(frozen=True, slots=True)
class UIDInfo:
    """One row of PS3.6 Table A-1 or A-2.

    ``iod_class`` is the ``dicomodel.iods`` class of a SOP class's IOD (PS3.4),
    ``None`` for other UIDs and for SOP classes that define no IOD.
    """

    value: UID
    name: str
    keyword: str
    type: str
    part: str
    retired: bool
    iod_class: str | None


Verification: Final[UID] = UID("1.2.840.10008.1.1")
"""Verification SOP Class (SOP Class, PS3.4)."""

ImplicitVRLittleEndian: Final[UID] = UID("1.2.840.10008.1.2")
"""Implicit VR Little Endian: Default Transfer Syntax for DICOM (Transfer Syntax, PS3.5)."""

ExplicitVRLittleEndian: Final[UID] = UID("1.2.840.10008.1.2.1")
"""Explicit VR Little Endian (Transfer Syntax, PS3.5)."""

EncapsulatedUncompressedExplicitVRLittleEndian: Final[UID] = UID("1.2.840.10008.1.2.1.98")
"""Encapsulated Uncompressed Explicit VR Little Endian (Transfer Syntax, PS3.5)."""

DeflatedExplicitVRLittleEndian: Final[UID] = UID("1.2.840.10008.1.2.1.99")
"""Deflated Explicit VR Little Endian (Transfer Syntax, PS3.5)."""

ExplicitVRBigEndian: Final[UID] = UID("1.2.840.10008.1.2.2")
"""Explicit VR Big Endian (Retired) (Transfer Syntax, PS3.5 (2011); retired)."""

JPEGBaseline8Bit: Final[UID] = UID("1.2.840.10008.1.2.4.50")
"""JPEG Baseline (Process 1): Default Transfer Syntax for Lossy JPEG 8 Bit Image Compression (Transfer Syntax, PS3.5)."""

JPEGExtended12Bit: Final[UID] = UID("1.2.840.10008.1.2.4.51")
"""JPEG Extended (Process 2 & 4): Default Transfer Syntax for Lossy JPEG 12 Bit Image Compression (Process 4 only) (Transfer Syntax, PS3.5)."""

JPEGExtended35: Final[UID] = UID("1.2.840.10008.1.2.4.52")
"""JPEG Extended (Process 3 & 5) (Retired) (Transfer Syntax, PS3.5 (2001); retired)."""

JPEGSpectralSelectionNonHierarchical68: Final[UID] = UID("1.2.840.10008.1.2.4.53")
"""JPEG Spectral Selection, Non-Hierarchical (Process 6 & 8) (Retired) (Transfer Syntax, PS3.5 (2001); retired)."""

JPEGSpectralSelectionNonHierarchical79: Final[UID] = UID("1.2.840.10008.1.2.4.54")
"""JPEG Spectral Selection, Non-Hierarchical (Process 7 & 9) (Retired) (Transfer Syntax, PS3.5 (2001); retired)."""

JPEGFullProgressionNonHierarchical1012: Final[UID] = UID("1.2.840.10008.1.2.4.55")
"""JPEG Full Progression, Non-Hierarchical (Process 10 & 12) (Retired) (Transfer Syntax, PS3.5 (2001); retired)."""

JPEGFullProgressionNonHierarchical1113: Final[UID] = UID("1.2.840.10008.1.2.4.56")
"""JPEG Full Progression, Non-Hierarchical (Process 11 & 13) (Retired) (Transfer Syntax, PS3.5 (2001); retired)."""

JPEGLossless: Final[UID] = UID("1.2.840.10008.1.2.4.57")
"""JPEG Lossless, Non-Hierarchical (Process 14) (Transfer Syntax, PS3.5)."""

JPEGLosslessNonHierarchical15: Final[UID] = UID("1.2.840.10008.1.2.4.58")
"""JPEG Lossless, Non-Hierarchical (Process 15) (Retired) (Transfer Syntax, PS3.5 (2001); retired)."""

JPEGExtendedHierarchical1618: Final[UID] = UID("1.2.840.10008.1.2.4.59")
"""JPEG Extended, Hierarchical (Process 16 & 18) (Retired) (Transfer Syntax, PS3.5 (2001); retired)."""

JPEGExtendedHierarchical1719: Final[UID] = UID("1.2.840.10008.1.2.4.60")
"""JPEG Extended, Hierarchical (Process 17 & 19) (Retired) (Transfer Syntax, PS3.5 (2001); retired)."""

JPEGSpectralSelectionHierarchical2022: Final[UID] = UID("1.2.840.10008.1.2.4.61")
"""JPEG Spectral Selection, Hierarchical (Process 20 & 22) (Retired) (Transfer Syntax, PS3.5 (2001); retired)."""

JPEGSpectralSelectionHierarchical2123: Final[UID] = UID("1.2.840.10008.1.2.4.62")
"""JPEG Spectral Selection, Hierarchical (Process 21 & 23) (Retired) (Transfer Syntax, PS3.5 (2001); retired)."""

JPEGFullProgressionHierarchical2426: Final[UID] = UID("1.2.840.10008.1.2.4.63")
"""JPEG Full Progression, Hierarchical (Process 24 & 26) (Retired) (Transfer Syntax, PS3.5 (2001); retired)."""

JPEGFullProgressionHierarchical2527: Final[UID] = UID("1.2.840.10008.1.2.4.64")
"""JPEG Full Progression, Hierarchical (Process 25 & 27) (Retired) (Transfer Syntax, PS3.5 (2001); retired)."""

JPEGLosslessHierarchical28: Final[UID] = UID("1.2.840.10008.1.2.4.65")
"""JPEG Lossless, Hierarchical (Process 28) (Retired) (Transfer Syntax, PS3.5 (2001); retired)."""

JPEGLosslessHierarchical29: Final[UID] = UID("1.2.840.10008.1.2.4.66")
"""JPEG Lossless, Hierarchical (Process 29) (Retired) (Transfer Syntax, PS3.5 (2001); retired)."""

JPEGLosslessSV1: Final[UID] = UID("1.2.840.10008.1.2.4.70")
"""JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1]): Default Transfer Syntax for Lossless JPEG Image Compression (Transfer Syntax, PS3.5)."""

JPEGLSLossless: Final[UID] = UID("1.2.840.10008.1.2.4.80")
"""JPEG-LS Lossless Image Compression (Transfer Syntax, PS3.5)."""

JPEGLSNearLossless: Final[UID] = UID("1.2.840.10008.1.2.4.81")
"""JPEG-LS Lossy (Near-Lossless) Image Compression (Transfer Syntax, PS3.5)."""

JPEG2000Lossless: Final[UID] = UID("1.2.840.10008.1.2.4.90")
"""JPEG 2000 Image Compression (Lossless Only) (Transfer Syntax, PS3.5)."""

JPEG2000: Final[UID] = UID("1.2.840.10008.1.2.4.91")
"""JPEG 2000 Image Compression (Transfer Syntax, PS3.5)."""

JPEG2000MCLossless: Final[UID] = UID("1.2.840.10008.1.2.4.92")
"""JPEG 2000 Part 2 Multi-component Image Compression (Lossless Only) (Transfer Syntax, PS3.5)."""

JPEG2000MC: Final[UID] = UID("1.2.840.10008.1.2.4.93")
"""JPEG 2000 Part 2 Multi-component Image Compression (Transfer Syntax, PS3.5)."""

JPIPReferenced: Final[UID] = UID("1.2.840.10008.1.2.4.94")
"""JPIP Referenced (Transfer Syntax, PS3.5)."""

JPIPReferencedDeflate: Final[UID] = UID("1.2.840.10008.1.2.4.95")
"""JPIP Referenced Deflate (Transfer Syntax, PS3.5)."""

MPEG2MPML: Final[UID] = UID("1.2.840.10008.1.2.4.100")
"""MPEG2 Main Profile / Main Level (Transfer Syntax, PS3.5)."""

MPEG2MPMLF: Final[UID] = UID("1.2.840.10008.1.2.4.100.1")
"""Fragmentable MPEG2 Main Profile / Main Level (Transfer Syntax, PS3.5)."""

MPEG2MPHL: Final[UID] = UID("1.2.840.10008.1.2.4.101")
"""MPEG2 Main Profile / High Level (Transfer Syntax, PS3.5)."""

MPEG2MPHLF: Final[UID] = UID("1.2.840.10008.1.2.4.101.1")
"""Fragmentable MPEG2 Main Profile / High Level (Transfer Syntax, PS3.5)."""

MPEG4HP41: Final[UID] = UID("1.2.840.10008.1.2.4.102")
"""MPEG-4 AVC/H.264 High Profile / Level 4.1 (Transfer Syntax, PS3.5)."""

MPEG4HP41F: Final[UID] = UID("1.2.840.10008.1.2.4.102.1")
"""Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.1 (Transfer Syntax, PS3.5)."""

MPEG4HP41BD: Final[UID] = UID("1.2.840.10008.1.2.4.103")
"""MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1 (Transfer Syntax, PS3.5)."""

MPEG4HP41BDF: Final[UID] = UID("1.2.840.10008.1.2.4.103.1")
"""Fragmentable MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1 (Transfer Syntax, PS3.5)."""

MPEG4HP422D: Final[UID] = UID("1.2.840.10008.1.2.4.104")
"""MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video (Transfer Syntax, PS3.5)."""

MPEG4HP422DF: Final[UID] = UID("1.2.840.10008.1.2.4.104.1")
"""Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video (Transfer Syntax, PS3.5)."""

MPEG4HP423D: Final[UID] = UID("1.2.840.10008.1.2.4.105")
"""MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video (Transfer Syntax, PS3.5)."""

MPEG4HP423DF: Final[UID] = UID("1.2.840.10008.1.2.4.105.1")
"""Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video (Transfer Syntax, PS3.5)."""

MPEG4HP42STEREO: Final[UID] = UID("1.2.840.10008.1.2.4.106")
"""MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2 (Transfer Syntax, PS3.5)."""

MPEG4HP42STEREOF: Final[UID] = UID("1.2.840.10008.1.2.4.106.1")
"""Fragmentable MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2 (Transfer Syntax, PS3.5)."""

HEVCMP51: Final[UID] = UID("1.2.840.10008.1.2.4.107")
"""HEVC/H.265 Main Profile / Level 5.1 (Transfer Syntax, PS3.5)."""

HEVCM10P51: Final[UID] = UID("1.2.840.10008.1.2.4.108")
"""HEVC/H.265 Main 10 Profile / Level 5.1 (Transfer Syntax, PS3.5)."""

HTJ2KLossless: Final[UID] = UID("1.2.840.10008.1.2.4.201")
"""High-Throughput JPEG 2000 Image Compression (Lossless Only) (Transfer Syntax, PS3.5)."""

HTJ2KLosslessRPCL: Final[UID] = UID("1.2.840.10008.1.2.4.202")
"""High-Throughput JPEG 2000 with RPCL Options Image Compression (Lossless Only) (Transfer Syntax, PS3.5)."""

HTJ2K: Final[UID] = UID("1.2.840.10008.1.2.4.203")
"""High-Throughput JPEG 2000 Image Compression (Transfer Syntax, PS3.5)."""

JPIPHTJ2KReferenced: Final[UID] = UID("1.2.840.10008.1.2.4.204")
"""JPIP HTJ2K Referenced (Transfer Syntax, PS3.5)."""

JPIPHTJ2KReferencedDeflate: Final[UID] = UID("1.2.840.10008.1.2.4.205")
"""JPIP HTJ2K Referenced Deflate (Transfer Syntax, PS3.5)."""

RLELossless: Final[UID] = UID("1.2.840.10008.1.2.5")
"""RLE Lossless (Transfer Syntax, PS3.5)."""

RFC2557MIMEEncapsulation: Final[UID] = UID("1.2.840.10008.1.2.6.1")
"""RFC 2557 MIME encapsulation (Retired) (Transfer Syntax, PS3.10 (2018b); retired)."""

XMLEncoding: Final[UID] = UID("1.2.840.10008.1.2.6.2")
"""XML Encoding (Retired) (Transfer Syntax, PS3.10 (2018b); retired)."""

SMPTEST211020UncompressedProgressiveActiveVideo: Final[UID] = UID("1.2.840.10008.1.2.7.1")
"""SMPTE ST 2110-20 Uncompressed Progressive Active Video (Transfer Syntax, PS3.5)."""

SMPTEST211020UncompressedInterlacedActiveVideo: Final[UID] = UID("1.2.840.10008.1.2.7.2")
"""SMPTE ST 2110-20 Uncompressed Interlaced Active Video (Transfer Syntax, PS3.5)."""

SMPTEST211030PCMDigitalAudio: Final[UID] = UID("1.2.840.10008.1.2.7.3")
"""SMPTE ST 2110-30 PCM Digital Audio (Transfer Syntax, PS3.5)."""

MediaStorageDirectoryStorage: Final[UID] = UID("1.2.840.10008.1.3.10")
"""Media Storage Directory Storage (SOP Class, PS3.4). IOD class: BasicDirectory."""

HotIronPalette: Final[UID] = UID("1.2.840.10008.1.5.1")
"""Hot Iron Color Palette SOP Instance (Well-known SOP Instance, PS3.6)."""

PETPalette: Final[UID] = UID("1.2.840.10008.1.5.2")
"""PET Color Palette SOP Instance (Well-known SOP Instance, PS3.6)."""

HotMetalBluePalette: Final[UID] = UID("1.2.840.10008.1.5.3")
"""Hot Metal Blue Color Palette SOP Instance (Well-known SOP Instance, PS3.6)."""

PET20StepPalette: Final[UID] = UID("1.2.840.10008.1.5.4")
"""PET 20 Step Color Palette SOP Instance (Well-known SOP Instance, PS3.6)."""

SpringPalette: Final[UID] = UID("1.2.840.10008.1.5.5")
"""Spring Color Palette SOP Instance (Well-known SOP Instance, PS3.6)."""

SummerPalette: Final[UID] = UID("1.2.840.10008.1.5.6")
"""Summer Color Palette SOP Instance (Well-known SOP Instance, PS3.6)."""

FallPalette: Final[UID] = UID("1.2.840.10008.1.5.7")
"""Fall Color Palette SOP Instance (Well-known SOP Instance, PS3.6)."""

WinterPalette: Final[UID] = UID("1.2.840.10008.1.5.8")
"""Winter Color Palette SOP Instance (Well-known SOP Instance, PS3.6)."""

BasicStudyContentNotification: Final[UID] = UID("1.2.840.10008.1.9")
"""Basic Study Content Notification SOP Class (Retired) (SOP Class, PS3.4 (2004); retired)."""

Papyrus3ImplicitVRLittleEndian: Final[UID] = UID("1.2.840.10008.1.20")
"""Papyrus 3 Implicit VR Little Endian (Retired) (Transfer Syntax, (2015c); retired)."""

StorageCommitmentPushModel: Final[UID] = UID("1.2.840.10008.1.20.1")
"""Storage Commitment Push Model SOP Class (SOP Class, PS3.4)."""

StorageCommitmentPushModelInstance: Final[UID] = UID("1.2.840.10008.1.20.1.1")
"""Storage Commitment Push Model SOP Instance (Well-known SOP Instance, PS3.4)."""

StorageCommitmentPullModel: Final[UID] = UID("1.2.840.10008.1.20.2")
"""Storage Commitment Pull Model SOP Class (Retired) (SOP Class, PS3.4 (2001); retired)."""

StorageCommitmentPullModelInstance: Final[UID] = UID("1.2.840.10008.1.20.2.1")
"""Storage Commitment Pull Model SOP Instance (Retired) (Well-known SOP Instance, PS3.4 (2001); retired)."""

ProceduralEventLogging: Final[UID] = UID("1.2.840.10008.1.40")
"""Procedural Event Logging SOP Class (SOP Class, PS3.4)."""

ProceduralEventLoggingInstance: Final[UID] = UID("1.2.840.10008.1.40.1")
"""Procedural Event Logging SOP Instance (Well-known SOP Instance, PS3.4)."""

SubstanceAdministrationLogging: Final[UID] = UID("1.2.840.10008.1.42")
"""Substance Administration Logging SOP Class (SOP Class, PS3.4)."""

SubstanceAdministrationLoggingInstance: Final[UID] = UID("1.2.840.10008.1.42.1")
"""Substance Administration Logging SOP Instance (Well-known SOP Instance, PS3.4)."""

DCMUID: Final[UID] = UID("1.2.840.10008.2.6.1")
"""DICOM UID Registry (DICOM UIDs as a Coding Scheme, PS3.6)."""

DCM: Final[UID] = UID("1.2.840.10008.2.16.4")
"""DICOM Controlled Terminology (Coding Scheme, PS3.16)."""

MA: Final[UID] = UID("1.2.840.10008.2.16.5")
"""Adult Mouse Anatomy Ontology (Coding Scheme, PS3.16)."""

UBERON: Final[UID] = UID("1.2.840.10008.2.16.6")
"""Uberon Ontology (Coding Scheme, PS3.16)."""

ITIS_TSN: Final[UID] = UID("1.2.840.10008.2.16.7")
"""Integrated Taxonomic Information System (ITIS) Taxonomic Serial Number (TSN) (Coding Scheme, PS3.16)."""

MGI: Final[UID] = UID("1.2.840.10008.2.16.8")
"""Mouse Genome Initiative (MGI) (Coding Scheme, PS3.16)."""

PUBCHEM_CID: Final[UID] = UID("1.2.840.10008.2.16.9")
"""PubChem Compound CID (Coding Scheme, PS3.16)."""

DC: Final[UID] = UID("1.2.840.10008.2.16.10")
"""Dublin Core (Coding Scheme, PS3.16)."""

NYUMCCG: Final[UID] = UID("1.2.840.10008.2.16.11")
"""New York University Melanoma Clinical Cooperative Group (Coding Scheme, PS3.16)."""

MAYONRISBSASRG: Final[UID] = UID("1.2.840.10008.2.16.12")
"""Mayo Clinic Non-radiological Images Specific Body Structure Anatomical Surface Region Guide (Coding Scheme, PS3.16)."""

IBSI: Final[UID] = UID("1.2.840.10008.2.16.13")
"""Image Biomarker Standardisation Initiative (Coding Scheme, PS3.16)."""

RO: Final[UID] = UID("1.2.840.10008.2.16.14")
"""Radiomics Ontology (Coding Scheme, PS3.16)."""

RADELEMENT: Final[UID] = UID("1.2.840.10008.2.16.15")
"""RadElement (Coding Scheme, PS3.16)."""

I11: Final[UID] = UID("1.2.840.10008.2.16.16")
"""ICD-11 (Coding Scheme, PS3.16)."""

UNS: Final[UID] = UID("1.2.840.10008.2.16.17")
"""Unified numbering system (UNS) for metals and alloys (Coding Scheme, PS3.16)."""

RRID: Final[UID] = UID("1.2.840.10008.2.16.18")
"""Research Resource Identification (Coding Scheme, PS3.16)."""

DICOMApplicationContext: Final[UID] = UID("1.2.840.10008.3.1.1.1")
"""DICOM Application Context Name (Application Context Name, PS3.7)."""

DetachedPatientManagement: Final[UID] = UID("1.2.840.10008.3.1.2.1.1")
"""Detached Patient Management SOP Class (Retired) (SOP Class, PS3.4 (2004); retired)."""

DetachedPatientManagementMeta: Final[UID] = UID("1.2.840.10008.3.1.2.1.4")
"""Detached Patient Management Meta SOP Class (Retired) (Meta SOP Class, PS3.4 (2004); retired)."""

DetachedVisitManagement: Final[UID] = UID("1.2.840.10008.3.1.2.2.1")
"""Detached Visit Management SOP Class (Retired) (SOP Class, PS3.4 (2004); retired)."""

DetachedStudyManagement: Final[UID] = UID("1.2.840.10008.3.1.2.3.1")
"""Detached Study Management SOP Class (Retired) (SOP Class, PS3.4 (2004); retired)."""

StudyComponentManagement: Final[UID] = UID("1.2.840.10008.3.1.2.3.2")
"""Study Component Management SOP Class (Retired) (SOP Class, PS3.4 (2004); retired)."""

ModalityPerformedProcedureStep: Final[UID] = UID("1.2.840.10008.3.1.2.3.3")
"""Modality Performed Procedure Step SOP Class (SOP Class, PS3.4)."""

ModalityPerformedProcedureStepRetrieve: Final[UID] = UID("1.2.840.10008.3.1.2.3.4")
"""Modality Performed Procedure Step Retrieve SOP Class (SOP Class, PS3.4)."""

ModalityPerformedProcedureStepNotification: Final[UID] = UID("1.2.840.10008.3.1.2.3.5")
"""Modality Performed Procedure Step Notification SOP Class (SOP Class, PS3.4)."""

DetachedResultsManagement: Final[UID] = UID("1.2.840.10008.3.1.2.5.1")
"""Detached Results Management SOP Class (Retired) (SOP Class, PS3.4 (2004); retired)."""

DetachedResultsManagementMeta: Final[UID] = UID("1.2.840.10008.3.1.2.5.4")
"""Detached Results Management Meta SOP Class (Retired) (Meta SOP Class, PS3.4 (2004); retired)."""

DetachedStudyManagementMeta: Final[UID] = UID("1.2.840.10008.3.1.2.5.5")
"""Detached Study Management Meta SOP Class (Retired) (Meta SOP Class, PS3.4 (2004); retired)."""

DetachedInterpretationManagement: Final[UID] = UID("1.2.840.10008.3.1.2.6.1")
"""Detached Interpretation Management SOP Class (Retired) (SOP Class, PS3.4 (2004); retired)."""

Storage: Final[UID] = UID("1.2.840.10008.4.2")
"""Storage Service Class (Service Class, PS3.4)."""

BasicFilmSession: Final[UID] = UID("1.2.840.10008.5.1.1.1")
"""Basic Film Session SOP Class (SOP Class, PS3.4)."""

BasicFilmBox: Final[UID] = UID("1.2.840.10008.5.1.1.2")
"""Basic Film Box SOP Class (SOP Class, PS3.4)."""

BasicGrayscaleImageBox: Final[UID] = UID("1.2.840.10008.5.1.1.4")
"""Basic Grayscale Image Box SOP Class (SOP Class, PS3.4)."""

BasicColorImageBox: Final[UID] = UID("1.2.840.10008.5.1.1.4.1")
"""Basic Color Image Box SOP Class (SOP Class, PS3.4)."""

ReferencedImageBox: Final[UID] = UID("1.2.840.10008.5.1.1.4.2")
"""Referenced Image Box SOP Class (Retired) (SOP Class, PS3.4 (1998); retired)."""

BasicGrayscalePrintManagementMeta: Final[UID] = UID("1.2.840.10008.5.1.1.9")
"""Basic Grayscale Print Management Meta SOP Class (Meta SOP Class, PS3.4)."""

ReferencedGrayscalePrintManagementMeta: Final[UID] = UID("1.2.840.10008.5.1.1.9.1")
"""Referenced Grayscale Print Management Meta SOP Class (Retired) (Meta SOP Class, PS3.4 (1998); retired)."""

PrintJob: Final[UID] = UID("1.2.840.10008.5.1.1.14")
"""Print Job SOP Class (SOP Class, PS3.4)."""

BasicAnnotationBox: Final[UID] = UID("1.2.840.10008.5.1.1.15")
"""Basic Annotation Box SOP Class (SOP Class, PS3.4)."""

Printer: Final[UID] = UID("1.2.840.10008.5.1.1.16")
"""Printer SOP Class (SOP Class, PS3.4)."""

PrinterConfigurationRetrieval: Final[UID] = UID("1.2.840.10008.5.1.1.16.376")
"""Printer Configuration Retrieval SOP Class (SOP Class, PS3.4)."""

PrinterInstance: Final[UID] = UID("1.2.840.10008.5.1.1.17")
"""Printer SOP Instance (Well-known SOP Instance, PS3.4)."""

PrinterConfigurationRetrievalInstance: Final[UID] = UID("1.2.840.10008.5.1.1.17.376")
"""Printer Configuration Retrieval SOP Instance (Well-known SOP Instance, PS3.4)."""

BasicColorPrintManagementMeta: Final[UID] = UID("1.2.840.10008.5.1.1.18")
"""Basic Color Print Management Meta SOP Class (Meta SOP Class, PS3.4)."""

ReferencedColorPrintManagementMeta: Final[UID] = UID("1.2.840.10008.5.1.1.18.1")
"""Referenced Color Print Management Meta SOP Class (Retired) (Meta SOP Class, PS3.4 (1998); retired)."""

VOILUTBox: Final[UID] = UID("1.2.840.10008.5.1.1.22")
"""VOI LUT Box SOP Class (SOP Class, PS3.4)."""

PresentationLUT: Final[UID] = UID("1.2.840.10008.5.1.1.23")
"""Presentation LUT SOP Class (SOP Class, PS3.4)."""

ImageOverlayBox: Final[UID] = UID("1.2.840.10008.5.1.1.24")
"""Image Overlay Box SOP Class (Retired) (SOP Class, PS3.4 (1998); retired)."""

BasicPrintImageOverlayBox: Final[UID] = UID("1.2.840.10008.5.1.1.24.1")
"""Basic Print Image Overlay Box SOP Class (Retired) (SOP Class, PS3.4 (2004); retired)."""

PrintQueueInstance: Final[UID] = UID("1.2.840.10008.5.1.1.25")
"""Print Queue SOP Instance (Retired) (Well-known SOP Instance, PS3.4 (2004); retired)."""

PrintQueueManagement: Final[UID] = UID("1.2.840.10008.5.1.1.26")
"""Print Queue Management SOP Class (Retired) (SOP Class, PS3.4 (2004); retired)."""

StoredPrintStorage: Final[UID] = UID("1.2.840.10008.5.1.1.27")
"""Stored Print Storage SOP Class (Retired) (SOP Class, PS3.4 (2004); retired)."""

HardcopyGrayscaleImageStorage: Final[UID] = UID("1.2.840.10008.5.1.1.29")
"""Hardcopy Grayscale Image Storage SOP Class (Retired) (SOP Class, PS3.4 (2004); retired)."""

HardcopyColorImageStorage: Final[UID] = UID("1.2.840.10008.5.1.1.30")
"""Hardcopy Color Image Storage SOP Class (Retired) (SOP Class, PS3.4 (2004); retired)."""

PullPrintRequest: Final[UID] = UID("1.2.840.10008.5.1.1.31")
"""Pull Print Request SOP Class (Retired) (SOP Class, PS3.4 (2004); retired)."""

PullStoredPrintManagementMeta: Final[UID] = UID("1.2.840.10008.5.1.1.32")
"""Pull Stored Print Management Meta SOP Class (Retired) (Meta SOP Class, PS3.4 (2004); retired)."""

MediaCreationManagement: Final[UID] = UID("1.2.840.10008.5.1.1.33")
"""Media Creation Management SOP Class UID (SOP Class, PS3.4)."""

DisplaySystem: Final[UID] = UID("1.2.840.10008.5.1.1.40")
"""Display System SOP Class (SOP Class, PS3.4)."""

DisplaySystemInstance: Final[UID] = UID("1.2.840.10008.5.1.1.40.1")
"""Display System SOP Instance (Well-known SOP Instance, PS3.4)."""

ComputedRadiographyImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.1")
"""Computed Radiography Image Storage (SOP Class, PS3.4). IOD class: ComputedRadiographyImage."""

DigitalXRayImageStorageForPresentation: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.1.1")
"""Digital X-Ray Image Storage - For Presentation (SOP Class, PS3.4). IOD class: DigitalXRayImage."""

DigitalXRayImageStorageForProcessing: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.1.1.1")
"""Digital X-Ray Image Storage - For Processing (SOP Class, PS3.4). IOD class: DigitalXRayImage."""

DigitalMammographyXRayImageStorageForPresentation: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.1.2")
"""Digital Mammography X-Ray Image Storage - For Presentation (SOP Class, PS3.4). IOD class: DigitalMammographyXRayImage."""

DigitalMammographyXRayImageStorageForProcessing: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.1.2.1")
"""Digital Mammography X-Ray Image Storage - For Processing (SOP Class, PS3.4). IOD class: DigitalMammographyXRayImage."""

DigitalIntraOralXRayImageStorageForPresentation: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.1.3")
"""Digital Intra-Oral X-Ray Image Storage - For Presentation (SOP Class, PS3.4). IOD class: DigitalIntraOralXRayImage."""

DigitalIntraOralXRayImageStorageForProcessing: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.1.3.1")
"""Digital Intra-Oral X-Ray Image Storage - For Processing (SOP Class, PS3.4). IOD class: DigitalIntraOralXRayImage."""

CTImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.2")
"""CT Image Storage (SOP Class, PS3.4). IOD class: CTImage."""

EnhancedCTImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.2.1")
"""Enhanced CT Image Storage (SOP Class, PS3.4). IOD class: EnhancedCTImage."""

LegacyConvertedEnhancedCTImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.2.2")
"""Legacy Converted Enhanced CT Image Storage (SOP Class, PS3.4). IOD class: LegacyConvertedEnhancedCTImage."""

UltrasoundMultiFrameImageStorageRetired: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.3")
"""Ultrasound Multi-frame Image Storage (Retired) (SOP Class, PS3.4 (1993); retired). IOD class: UltrasoundMultiFrameImage."""

UltrasoundMultiFrameImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.3.1")
"""Ultrasound Multi-frame Image Storage (SOP Class, PS3.4). IOD class: UltrasoundMultiFrameImage."""

MRImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.4")
"""MR Image Storage (SOP Class, PS3.4). IOD class: MRImage."""

EnhancedMRImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.4.1")
"""Enhanced MR Image Storage (SOP Class, PS3.4). IOD class: EnhancedMRImage."""

MRSpectroscopyStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.4.2")
"""MR Spectroscopy Storage (SOP Class, PS3.4). IOD class: MRSpectroscopy."""

EnhancedMRColorImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.4.3")
"""Enhanced MR Color Image Storage (SOP Class, PS3.4). IOD class: EnhancedMRColorImage."""

LegacyConvertedEnhancedMRImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.4.4")
"""Legacy Converted Enhanced MR Image Storage (SOP Class, PS3.4). IOD class: LegacyConvertedEnhancedMRImage."""

NuclearMedicineImageStorageRetired: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.5")
"""Nuclear Medicine Image Storage (Retired) (SOP Class, PS3.4 (1993); retired). IOD class: NuclearMedicineImage."""

UltrasoundImageStorageRetired: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.6")
"""Ultrasound Image Storage (Retired) (SOP Class, PS3.4 (1993); retired). IOD class: UltrasoundImage."""

UltrasoundImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.6.1")
"""Ultrasound Image Storage (SOP Class, PS3.4). IOD class: UltrasoundImage."""

EnhancedUSVolumeStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.6.2")
"""Enhanced US Volume Storage (SOP Class, PS3.4). IOD class: EnhancedUSVolume."""

PhotoacousticImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.6.3")
"""Photoacoustic Image Storage (SOP Class, PS3.4). IOD class: PhotoacousticImage."""

SecondaryCaptureImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.7")
"""Secondary Capture Image Storage (SOP Class, PS3.4). IOD class: SecondaryCaptureImage."""

MultiFrameSingleBitSecondaryCaptureImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.7.1")
"""Multi-frame Single Bit Secondary Capture Image Storage (SOP Class, PS3.4). IOD class: MultiFrameSingleBitSecondaryCaptureImage."""

MultiFrameGrayscaleByteSecondaryCaptureImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.7.2")
"""Multi-frame Grayscale Byte Secondary Capture Image Storage (SOP Class, PS3.4). IOD class: MultiFrameGrayscaleByteSecondaryCaptureImage."""

MultiFrameGrayscaleWordSecondaryCaptureImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.7.3")
"""Multi-frame Grayscale Word Secondary Capture Image Storage (SOP Class, PS3.4). IOD class: MultiFrameGrayscaleWordSecondaryCaptureImage."""

MultiFrameTrueColorSecondaryCaptureImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.7.4")
"""Multi-frame True Color Secondary Capture Image Storage (SOP Class, PS3.4). IOD class: MultiFrameTrueColorSecondaryCaptureImage."""

StandaloneOverlayStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.8")
"""Standalone Overlay Storage (Retired) (SOP Class, PS3.4 (2004); retired)."""

StandaloneCurveStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.9")
"""Standalone Curve Storage (Retired) (SOP Class, PS3.4 (2004); retired)."""

WaveformStorageTrial: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.9.1")
"""Waveform Storage - Trial (Retired) (SOP Class, PS3.4 (2007); retired)."""

TwelveLeadECGWaveformStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.9.1.1")
"""12-lead ECG Waveform Storage (SOP Class, PS3.4). IOD class: TwelveLeadECG."""

GeneralECGWaveformStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.9.1.2")
"""General ECG Waveform Storage (SOP Class, PS3.4). IOD class: GeneralECG."""

AmbulatoryECGWaveformStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.9.1.3")
"""Ambulatory ECG Waveform Storage (SOP Class, PS3.4). IOD class: AmbulatoryECG."""

General32bitECGWaveformStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.9.1.4")
"""General 32-bit ECG Waveform Storage (SOP Class, PS3.4). IOD class: General32BitECG."""

HemodynamicWaveformStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.9.2.1")
"""Hemodynamic Waveform Storage (SOP Class, PS3.4). IOD class: HemodynamicWaveform."""

CardiacElectrophysiologyWaveformStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.9.3.1")
"""Cardiac Electrophysiology Waveform Storage (SOP Class, PS3.4). IOD class: BasicCardiacElectrophysiologyWaveform."""

BasicVoiceAudioWaveformStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.9.4.1")
"""Basic Voice Audio Waveform Storage (SOP Class, PS3.4). IOD class: BasicVoiceAudioWaveform."""

GeneralAudioWaveformStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.9.4.2")
"""General Audio Waveform Storage (SOP Class, PS3.4). IOD class: GeneralAudioWaveform."""

ArterialPulseWaveformStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.9.5.1")
"""Arterial Pulse Waveform Storage (SOP Class, PS3.4). IOD class: ArterialPulseWaveform."""

RespiratoryWaveformStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.9.6.1")
"""Respiratory Waveform Storage (SOP Class, PS3.4). IOD class: RespiratoryWaveform."""

MultichannelRespiratoryWaveformStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.9.6.2")
"""Multi-channel Respiratory Waveform Storage (SOP Class, PS3.4). IOD class: MultiChannelRespiratoryWaveform."""

RoutineScalpElectroencephalogramWaveformStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.9.7.1")
"""Routine Scalp Electroencephalogram Waveform Storage (SOP Class, PS3.4). IOD class: RoutineScalpElectroencephalogram."""

ElectromyogramWaveformStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.9.7.2")
"""Electromyogram Waveform Storage (SOP Class, PS3.4). IOD class: Electromyogram."""

ElectrooculogramWaveformStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.9.7.3")
"""Electrooculogram Waveform Storage (SOP Class, PS3.4). IOD class: Electrooculogram."""

SleepElectroencephalogramWaveformStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.9.7.4")
"""Sleep Electroencephalogram Waveform Storage (SOP Class, PS3.4). IOD class: SleepElectroencephalogram."""

BodyPositionWaveformStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.9.8.1")
"""Body Position Waveform Storage (SOP Class, PS3.4). IOD class: BodyPositionWaveform."""

StandaloneModalityLUTStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.10")
"""Standalone Modality LUT Storage (Retired) (SOP Class, PS3.4 (2004); retired)."""

StandaloneVOILUTStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.11")
"""Standalone VOI LUT Storage (Retired) (SOP Class, PS3.4 (2004); retired)."""

GrayscaleSoftcopyPresentationStateStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.11.1")
"""Grayscale Softcopy Presentation State Storage (SOP Class, PS3.4). IOD class: GrayscaleSoftcopyPresentationState."""

ColorSoftcopyPresentationStateStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.11.2")
"""Color Softcopy Presentation State Storage (SOP Class, PS3.4). IOD class: ColorSoftcopyPresentationState."""

PseudoColorSoftcopyPresentationStateStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.11.3")
"""Pseudo-Color Softcopy Presentation State Storage (SOP Class, PS3.4). IOD class: PseudoColorSoftcopyPresentationState."""

BlendingSoftcopyPresentationStateStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.11.4")
"""Blending Softcopy Presentation State Storage (SOP Class, PS3.4). IOD class: BlendingSoftcopyPresentationState."""

XAXRFGrayscaleSoftcopyPresentationStateStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.11.5")
"""XA/XRF Grayscale Softcopy Presentation State Storage (SOP Class, PS3.4). IOD class: XAXRFGrayscaleSoftcopyPresentationState."""

GrayscalePlanarMPRVolumetricPresentationStateStorage: Final[UID] = UID(
    "1.2.840.10008.5.1.4.1.1.11.6"
)
"""Grayscale Planar MPR Volumetric Presentation State Storage (SOP Class, PS3.4). IOD class: PlanarMPRVolumetricPresentationState."""

CompositingPlanarMPRVolumetricPresentationStateStorage: Final[UID] = UID(
    "1.2.840.10008.5.1.4.1.1.11.7"
)
"""Compositing Planar MPR Volumetric Presentation State Storage (SOP Class, PS3.4). IOD class: PlanarMPRVolumetricPresentationState."""

AdvancedBlendingPresentationStateStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.11.8")
"""Advanced Blending Presentation State Storage (SOP Class, PS3.4). IOD class: AdvancedBlendingPresentationState."""

VolumeRenderingVolumetricPresentationStateStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.11.9")
"""Volume Rendering Volumetric Presentation State Storage (SOP Class, PS3.4). IOD class: VolumeRenderingVolumetricPresentationState."""

SegmentedVolumeRenderingVolumetricPresentationStateStorage: Final[UID] = UID(
    "1.2.840.10008.5.1.4.1.1.11.10"
)
"""Segmented Volume Rendering Volumetric Presentation State Storage (SOP Class, PS3.4). IOD class: VolumeRenderingVolumetricPresentationState."""

MultipleVolumeRenderingVolumetricPresentationStateStorage: Final[UID] = UID(
    "1.2.840.10008.5.1.4.1.1.11.11"
)
"""Multiple Volume Rendering Volumetric Presentation State Storage (SOP Class, PS3.4). IOD class: VolumeRenderingVolumetricPresentationState."""

VariableModalityLUTSoftcopyPresentationStateStorage: Final[UID] = UID(
    "1.2.840.10008.5.1.4.1.1.11.12"
)
"""Variable Modality LUT Softcopy Presentation State Storage (SOP Class, PS3.4). IOD class: VariableModalityLUTSoftcopyPresentationState."""

XRayAngiographicImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.12.1")
"""X-Ray Angiographic Image Storage (SOP Class, PS3.4). IOD class: XRayAngiographicImage."""

EnhancedXAImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.12.1.1")
"""Enhanced XA Image Storage (SOP Class, PS3.4). IOD class: EnhancedXAImage."""

XRayRadiofluoroscopicImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.12.2")
"""X-Ray Radiofluoroscopic Image Storage (SOP Class, PS3.4). IOD class: XRayRadiofluoroscopicImage."""

EnhancedXRFImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.12.2.1")
"""Enhanced XRF Image Storage (SOP Class, PS3.4). IOD class: EnhancedXRFImage."""

XRayAngiographicBiPlaneImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.12.3")
"""X-Ray Angiographic Bi-Plane Image Storage (Retired) (SOP Class, PS3.4 (1998); retired)."""

XRay3DAngiographicImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.13.1.1")
"""X-Ray 3D Angiographic Image Storage (SOP Class, PS3.4). IOD class: XRay3DAngiographicImage."""

XRay3DCraniofacialImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.13.1.2")
"""X-Ray 3D Craniofacial Image Storage (SOP Class, PS3.4). IOD class: XRay3DCraniofacialImage."""

BreastTomosynthesisImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.13.1.3")
"""Breast Tomosynthesis Image Storage (SOP Class, PS3.4). IOD class: BreastTomosynthesisImage."""

BreastProjectionXRayImageStorageForPresentation: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.13.1.4")
"""Breast Projection X-Ray Image Storage - For Presentation (SOP Class, PS3.4). IOD class: BreastProjectionXRayImage."""

BreastProjectionXRayImageStorageForProcessing: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.13.1.5")
"""Breast Projection X-Ray Image Storage - For Processing (SOP Class, PS3.4). IOD class: BreastProjectionXRayImage."""

IntravascularOpticalCoherenceTomographyImageStorageForPresentation: Final[UID] = UID(
    "1.2.840.10008.5.1.4.1.1.14.1"
)
"""Intravascular Optical Coherence Tomography Image Storage - For Presentation (SOP Class, PS3.4). IOD class: IntravascularOpticalCoherenceTomographyImage."""

IntravascularOpticalCoherenceTomographyImageStorageForProcessing: Final[UID] = UID(
    "1.2.840.10008.5.1.4.1.1.14.2"
)
"""Intravascular Optical Coherence Tomography Image Storage - For Processing (SOP Class, PS3.4). IOD class: IntravascularOpticalCoherenceTomographyImage."""

NuclearMedicineImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.20")
"""Nuclear Medicine Image Storage (SOP Class, PS3.4). IOD class: NuclearMedicineImage."""

ParametricMapStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.30")
"""Parametric Map Storage (SOP Class, PS3.4). IOD class: ParametricMap."""

RawDataStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.66")
"""Raw Data Storage (SOP Class, PS3.4). IOD class: RawData."""

SpatialRegistrationStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.66.1")
"""Spatial Registration Storage (SOP Class, PS3.4). IOD class: SpatialRegistration."""

SpatialFiducialsStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.66.2")
"""Spatial Fiducials Storage (SOP Class, PS3.4). IOD class: SpatialFiducials."""

DeformableSpatialRegistrationStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.66.3")
"""Deformable Spatial Registration Storage (SOP Class, PS3.4). IOD class: DeformableSpatialRegistration."""

SegmentationStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.66.4")
"""Segmentation Storage (SOP Class, PS3.4). IOD class: Segmentation."""

SurfaceSegmentationStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.66.5")
"""Surface Segmentation Storage (SOP Class, PS3.4). IOD class: SurfaceSegmentation."""

TractographyResultsStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.66.6")
"""Tractography Results Storage (SOP Class, PS3.4). IOD class: TractographyResults."""

LabelMapSegmentationStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.66.7")
"""Label Map Segmentation Storage (SOP Class, PS3.4). IOD class: Segmentation."""

RealWorldValueMappingStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.67")
"""Real World Value Mapping Storage (SOP Class, PS3.4). IOD class: RealWorldValueMapping."""

SurfaceScanMeshStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.68.1")
"""Surface Scan Mesh Storage (SOP Class, PS3.4). IOD class: SurfaceScanMesh."""

SurfaceScanPointCloudStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.68.2")
"""Surface Scan Point Cloud Storage (SOP Class, PS3.4). IOD class: SurfaceScanPointCloud."""

VLImageStorageTrial: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.77.1")
"""VL Image Storage - Trial (Retired) (SOP Class, PS3.4 (1998); retired)."""

VLMultiFrameImageStorageTrial: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.77.2")
"""VL Multi-frame Image Storage - Trial (Retired) (SOP Class, PS3.4 (1998); retired)."""

VLEndoscopicImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.77.1.1")
"""VL Endoscopic Image Storage (SOP Class, PS3.4). IOD class: VLEndoscopicImage."""

VideoEndoscopicImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.77.1.1.1")
"""Video Endoscopic Image Storage (SOP Class, PS3.4). IOD class: VideoEndoscopicImage."""

VLMicroscopicImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.77.1.2")
"""VL Microscopic Image Storage (SOP Class, PS3.4). IOD class: VLMicroscopicImage."""

VideoMicroscopicImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.77.1.2.1")
"""Video Microscopic Image Storage (SOP Class, PS3.4). IOD class: VideoMicroscopicImage."""

VLSlideCoordinatesMicroscopicImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.77.1.3")
"""VL Slide-Coordinates Microscopic Image Storage (SOP Class, PS3.4). IOD class: VLSlideCoordinatesMicroscopicImage."""

VLPhotographicImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.77.1.4")
"""VL Photographic Image Storage (SOP Class, PS3.4). IOD class: VLPhotographicImage."""

VideoPhotographicImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.77.1.4.1")
"""Video Photographic Image Storage (SOP Class, PS3.4). IOD class: VideoPhotographicImage."""

OphthalmicPhotography8BitImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.77.1.5.1")
"""Ophthalmic Photography 8 Bit Image Storage (SOP Class, PS3.4). IOD class: OphthalmicPhotography8BitImage."""

OphthalmicPhotography16BitImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.77.1.5.2")
"""Ophthalmic Photography 16 Bit Image Storage (SOP Class, PS3.4). IOD class: OphthalmicPhotography16BitImage."""

StereometricRelationshipStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.77.1.5.3")
"""Stereometric Relationship Storage (SOP Class, PS3.4). IOD class: StereometricRelationship."""

OphthalmicTomographyImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.77.1.5.4")
"""Ophthalmic Tomography Image Storage (SOP Class, PS3.4). IOD class: OphthalmicTomographyImage."""

WideFieldOphthalmicPhotographyStereographicProjectionImageStorage: Final[UID] = UID(
    "1.2.840.10008.5.1.4.1.1.77.1.5.5"
)
"""Wide Field Ophthalmic Photography Stereographic Projection Image Storage (SOP Class, PS3.4). IOD class: WideFieldOphthalmicPhotographyStereographicProjectionImage."""

WideFieldOphthalmicPhotography3DCoordinatesImageStorage: Final[UID] = UID(
    "1.2.840.10008.5.1.4.1.1.77.1.5.6"
)
"""Wide Field Ophthalmic Photography 3D Coordinates Image Storage (SOP Class, PS3.4). IOD class: WideFieldOphthalmicPhotography3DCoordinatesImage."""

OphthalmicOpticalCoherenceTomographyEnFaceImageStorage: Final[UID] = UID(
    "1.2.840.10008.5.1.4.1.1.77.1.5.7"
)
"""Ophthalmic Optical Coherence Tomography En Face Image Storage (SOP Class, PS3.4). IOD class: OphthalmicOpticalCoherenceTomographyEnFaceImage."""

OphthalmicOpticalCoherenceTomographyBscanVolumeAnalysisStorage: Final[UID] = UID(
    "1.2.840.10008.5.1.4.1.1.77.1.5.8"
)
"""Ophthalmic Optical Coherence Tomography B-scan Volume Analysis Storage (SOP Class, PS3.4). IOD class: OphthalmicOpticalCoherenceTomographyBScanVolumeAnalysis."""

VLWholeSlideMicroscopyImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.77.1.6")
"""VL Whole Slide Microscopy Image Storage (SOP Class, PS3.4). IOD class: VLWholeSlideMicroscopyImage."""

DermoscopicPhotographyImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.77.1.7")
"""Dermoscopic Photography Image Storage (SOP Class, PS3.4). IOD class: DermoscopicPhotographyImage."""

ConfocalMicroscopyImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.77.1.8")
"""Confocal Microscopy Image Storage (SOP Class, PS3.4). IOD class: ConfocalMicroscopyImage."""

ConfocalMicroscopyTiledPyramidalImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.77.1.9")
"""Confocal Microscopy Tiled Pyramidal Image Storage (SOP Class, PS3.4). IOD class: ConfocalMicroscopyTiledPyramidalImage."""

LensometryMeasurementsStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.78.1")
"""Lensometry Measurements Storage (SOP Class, PS3.4). IOD class: LensometryMeasurements."""

AutorefractionMeasurementsStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.78.2")
"""Autorefraction Measurements Storage (SOP Class, PS3.4). IOD class: AutorefractionMeasurements."""

KeratometryMeasurementsStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.78.3")
"""Keratometry Measurements Storage (SOP Class, PS3.4). IOD class: KeratometryMeasurements."""

SubjectiveRefractionMeasurementsStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.78.4")
"""Subjective Refraction Measurements Storage (SOP Class, PS3.4). IOD class: SubjectiveRefractionMeasurements."""

VisualAcuityMeasurementsStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.78.5")
"""Visual Acuity Measurements Storage (SOP Class, PS3.4). IOD class: VisualAcuityMeasurements."""

SpectaclePrescriptionReportStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.78.6")
"""Spectacle Prescription Report Storage (SOP Class, PS3.4). IOD class: SpectaclePrescriptionReport."""

OphthalmicAxialMeasurementsStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.78.7")
"""Ophthalmic Axial Measurements Storage (SOP Class, PS3.4). IOD class: OphthalmicAxialMeasurements."""

IntraocularLensCalculationsStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.78.8")
"""Intraocular Lens Calculations Storage (SOP Class, PS3.4). IOD class: IntraocularLensCalculations."""

MacularGridThicknessAndVolumeReportStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.79.1")
"""Macular Grid Thickness and Volume Report Storage (SOP Class, PS3.4). IOD class: MacularGridThicknessAndVolumeReport."""

OphthalmicVisualFieldStaticPerimetryMeasurementsStorage: Final[UID] = UID(
    "1.2.840.10008.5.1.4.1.1.80.1"
)
"""Ophthalmic Visual Field Static Perimetry Measurements Storage (SOP Class, PS3.4). IOD class: OphthalmicVisualFieldStaticPerimetryMeasurements."""

OphthalmicThicknessMapStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.81.1")
"""Ophthalmic Thickness Map Storage (SOP Class, PS3.4). IOD class: OphthalmicThicknessMap."""

CornealTopographyMapStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.82.1")
"""Corneal Topography Map Storage (SOP Class, PS3.4). IOD class: CornealTopographyMap."""

TextSRStorageTrial: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.88.1")
"""Text SR Storage - Trial (Retired) (SOP Class, PS3.4 (2007); retired)."""

AudioSRStorageTrial: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.88.2")
"""Audio SR Storage - Trial (Retired) (SOP Class, PS3.4 (2007); retired)."""

DetailSRStorageTrial: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.88.3")
"""Detail SR Storage - Trial (Retired) (SOP Class, PS3.4 (2007); retired)."""

ComprehensiveSRStorageTrial: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.88.4")
"""Comprehensive SR Storage - Trial (Retired) (SOP Class, PS3.4 (2007); retired)."""

BasicTextSRStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.88.11")
"""Basic Text SR Storage (SOP Class, PS3.4). IOD class: BasicTextSR."""

EnhancedSRStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.88.22")
"""Enhanced SR Storage (SOP Class, PS3.4). IOD class: EnhancedSR."""

ComprehensiveSRStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.88.33")
"""Comprehensive SR Storage (SOP Class, PS3.4). IOD class: ComprehensiveSR."""

Comprehensive3DSRStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.88.34")
"""Comprehensive 3D SR Storage (SOP Class, PS3.4). IOD class: Comprehensive3DSR."""

ExtensibleSRStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.88.35")
"""Extensible SR Storage (SOP Class, PS3.4). IOD class: ExtensibleSR."""

ProcedureLogStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.88.40")
"""Procedure Log Storage (SOP Class, PS3.4). IOD class: ProcedureLog."""

MammographyCADSRStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.88.50")
"""Mammography CAD SR Storage (SOP Class, PS3.4). IOD class: MammographyCADSR."""

KeyObjectSelectionDocumentStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.88.59")
"""Key Object Selection Document Storage (SOP Class, PS3.4). IOD class: KeyObjectSelectionDocument."""

ChestCADSRStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.88.65")
"""Chest CAD SR Storage (SOP Class, PS3.4). IOD class: ChestCADSR."""

XRayRadiationDoseSRStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.88.67")
"""X-Ray Radiation Dose SR Storage (SOP Class, PS3.4). IOD class: XRayRadiationDoseSR."""

RadiopharmaceuticalRadiationDoseSRStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.88.68")
"""Radiopharmaceutical Radiation Dose SR Storage (SOP Class, PS3.4). IOD class: RadiopharmaceuticalRadiationDoseSR."""

ColonCADSRStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.88.69")
"""Colon CAD SR Storage (SOP Class, PS3.4). IOD class: ColonCADSR."""

ImplantationPlanSRStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.88.70")
"""Implantation Plan SR Storage (SOP Class, PS3.4). IOD class: ImplantationPlanSRDocument."""

AcquisitionContextSRStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.88.71")
"""Acquisition Context SR Storage (SOP Class, PS3.4). IOD class: AcquisitionContextSR."""

SimplifiedAdultEchoSRStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.88.72")
"""Simplified Adult Echo SR Storage (SOP Class, PS3.4). IOD class: SimplifiedAdultEchoSR."""

PatientRadiationDoseSRStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.88.73")
"""Patient Radiation Dose SR Storage (SOP Class, PS3.4). IOD class: PatientRadiationDoseSR."""

PlannedImagingAgentAdministrationSRStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.88.74")
"""Planned Imaging Agent Administration SR Storage (SOP Class, PS3.4). IOD class: PlannedImagingAgentAdministrationSR."""

PerformedImagingAgentAdministrationSRStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.88.75")
"""Performed Imaging Agent Administration SR Storage (SOP Class, PS3.4). IOD class: PerformedImagingAgentAdministrationSR."""

EnhancedXRayRadiationDoseSRStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.88.76")
"""Enhanced X-Ray Radiation Dose SR Storage (SOP Class, PS3.4). IOD class: EnhancedXRayRadiationDoseSR."""

WaveformAnnotationSRStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.88.77")
"""Waveform Annotation SR Storage (SOP Class, PS3.4). IOD class: WaveformAnnotationSR."""

ContentAssessmentResultsStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.90.1")
"""Content Assessment Results Storage (SOP Class, PS3.4). IOD class: ContentAssessmentResults."""

MicroscopyBulkSimpleAnnotationsStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.91.1")
"""Microscopy Bulk Simple Annotations Storage (SOP Class, PS3.4). IOD class: MicroscopyBulkSimpleAnnotations."""

EncapsulatedPDFStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.104.1")
"""Encapsulated PDF Storage (SOP Class, PS3.4). IOD class: EncapsulatedPDF."""

EncapsulatedCDAStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.104.2")
"""Encapsulated CDA Storage (SOP Class, PS3.4). IOD class: EncapsulatedCDA."""

EncapsulatedSTLStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.104.3")
"""Encapsulated STL Storage (SOP Class, PS3.4). IOD class: EncapsulatedSTL."""

EncapsulatedOBJStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.104.4")
"""Encapsulated OBJ Storage (SOP Class, PS3.4). IOD class: EncapsulatedOBJ."""

EncapsulatedMTLStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.104.5")
"""Encapsulated MTL Storage (SOP Class, PS3.4). IOD class: EncapsulatedMTL."""

PositronEmissionTomographyImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.128")
"""Positron Emission Tomography Image Storage (SOP Class, PS3.4). IOD class: PositronEmissionTomographyImage."""

LegacyConvertedEnhancedPETImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.128.1")
"""Legacy Converted Enhanced PET Image Storage (SOP Class, PS3.4). IOD class: LegacyConvertedEnhancedPETImage."""

StandalonePETCurveStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.129")
"""Standalone PET Curve Storage (Retired) (SOP Class, PS3.4 (2004); retired)."""

EnhancedPETImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.130")
"""Enhanced PET Image Storage (SOP Class, PS3.4). IOD class: EnhancedPETImage."""

BasicStructuredDisplayStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.131")
"""Basic Structured Display Storage (SOP Class, PS3.4). IOD class: BasicStructuredDisplay."""

CTDefinedProcedureProtocolStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.200.1")
"""CT Defined Procedure Protocol Storage (SOP Class, PS3.4). IOD class: CTDefinedProcedureProtocol."""

CTPerformedProcedureProtocolStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.200.2")
"""CT Performed Procedure Protocol Storage (SOP Class, PS3.4). IOD class: CTPerformedProcedureProtocol."""

ProtocolApprovalStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.200.3")
"""Protocol Approval Storage (SOP Class, PS3.4). IOD class: ProtocolApproval."""

ProtocolApprovalInformationModelFind: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.200.4")
"""Protocol Approval Information Model - FIND (SOP Class, PS3.4)."""

ProtocolApprovalInformationModelMove: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.200.5")
"""Protocol Approval Information Model - MOVE (SOP Class, PS3.4)."""

ProtocolApprovalInformationModelGet: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.200.6")
"""Protocol Approval Information Model - GET (SOP Class, PS3.4)."""

XADefinedProcedureProtocolStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.200.7")
"""XA Defined Procedure Protocol Storage (SOP Class, PS3.4). IOD class: XADefinedProcedureProtocol."""

XAPerformedProcedureProtocolStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.200.8")
"""XA Performed Procedure Protocol Storage (SOP Class, PS3.4). IOD class: XAPerformedProcedureProtocol."""

InventoryStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.201.1")
"""Inventory Storage (SOP Class, PS3.4). IOD class: Inventory."""

InventoryFind: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.201.2")
"""Inventory - FIND (SOP Class, PS3.4)."""

InventoryMove: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.201.3")
"""Inventory - MOVE (SOP Class, PS3.4)."""

InventoryGet: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.201.4")
"""Inventory - GET (SOP Class, PS3.4)."""

InventoryCreation: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.201.5")
"""Inventory Creation (SOP Class, PS3.4). IOD class: InventoryCreation."""

RepositoryQuery: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.201.6")
"""Repository Query (SOP Class, PS3.4)."""

StorageManagementInstance: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.201.1.1")
"""Storage Management SOP Instance (Well-known SOP Instance, PS3.4)."""

RTImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.481.1")
"""RT Image Storage (SOP Class, PS3.4). IOD class: RTImage."""

RTDoseStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.481.2")
"""RT Dose Storage (SOP Class, PS3.4). IOD class: RTDose."""

RTStructureSetStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.481.3")
"""RT Structure Set Storage (SOP Class, PS3.4). IOD class: RTStructureSet."""

RTBeamsTreatmentRecordStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.481.4")
"""RT Beams Treatment Record Storage (SOP Class, PS3.4). IOD class: RTBeamsTreatmentRecord."""

RTPlanStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.481.5")
"""RT Plan Storage (SOP Class, PS3.4). IOD class: RTPlan."""

RTBrachyTreatmentRecordStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.481.6")
"""RT Brachy Treatment Record Storage (SOP Class, PS3.4). IOD class: RTBrachyTreatmentRecord."""

RTTreatmentSummaryRecordStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.481.7")
"""RT Treatment Summary Record Storage (SOP Class, PS3.4). IOD class: RTTreatmentSummaryRecord."""

RTIonPlanStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.481.8")
"""RT Ion Plan Storage (SOP Class, PS3.4). IOD class: RTIonPlan."""

RTIonBeamsTreatmentRecordStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.481.9")
"""RT Ion Beams Treatment Record Storage (SOP Class, PS3.4). IOD class: RTIonBeamsTreatmentRecord."""

RTPhysicianIntentStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.481.10")
"""RT Physician Intent Storage (SOP Class, PS3.4). IOD class: RTPhysicianIntent."""

RTSegmentAnnotationStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.481.11")
"""RT Segment Annotation Storage (SOP Class, PS3.4). IOD class: RTSegmentAnnotation."""

RTRadiationSetStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.481.12")
"""RT Radiation Set Storage (SOP Class, PS3.4). IOD class: RTRadiationSet."""

CArmPhotonElectronRadiationStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.481.13")
"""C-Arm Photon-Electron Radiation Storage (SOP Class, PS3.4). IOD class: CArmPhotonElectronRadiation."""

TomotherapeuticRadiationStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.481.14")
"""Tomotherapeutic Radiation Storage (SOP Class, PS3.4). IOD class: TomotherapeuticRadiation."""

RoboticArmRadiationStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.481.15")
"""Robotic-Arm Radiation Storage (SOP Class, PS3.4). IOD class: RoboticArmRadiation."""

RTRadiationRecordSetStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.481.16")
"""RT Radiation Record Set Storage (SOP Class, PS3.4). IOD class: RTRadiationRecordSet."""

RTRadiationSalvageRecordStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.481.17")
"""RT Radiation Salvage Record Storage (SOP Class, PS3.4). IOD class: RTRadiationSalvageRecord."""

TomotherapeuticRadiationRecordStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.481.18")
"""Tomotherapeutic Radiation Record Storage (SOP Class, PS3.4). IOD class: TomotherapeuticRadiationRecord."""

CArmPhotonElectronRadiationRecordStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.481.19")
"""C-Arm Photon-Electron Radiation Record Storage (SOP Class, PS3.4). IOD class: CArmPhotonElectronRadiationRecord."""

RoboticRadiationRecordStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.481.20")
"""Robotic Radiation Record Storage (SOP Class, PS3.4). IOD class: RoboticArmRadiationRecord."""

RTRadiationSetDeliveryInstructionStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.481.21")
"""RT Radiation Set Delivery Instruction Storage (SOP Class, PS3.4). IOD class: RTRadiationSetDeliveryInstruction."""

RTTreatmentPreparationStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.481.22")
"""RT Treatment Preparation Storage (SOP Class, PS3.4). IOD class: RTTreatmentPreparation."""

EnhancedRTImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.481.23")
"""Enhanced RT Image Storage (SOP Class, PS3.4). IOD class: EnhancedRTImage."""

EnhancedContinuousRTImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.481.24")
"""Enhanced Continuous RT Image Storage (SOP Class, PS3.4). IOD class: EnhancedContinuousRTImage."""

RTPatientPositionAcquisitionInstructionStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.481.25")
"""RT Patient Position Acquisition Instruction Storage (SOP Class, PS3.4). IOD class: RTPatientPositionAcquisitionInstruction."""

DICOSCTImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.501.1")
"""DICOS CT Image Storage (SOP Class, DICOS)."""

DICOSDigitalXRayImageStorageForPresentation: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.501.2.1")
"""DICOS Digital X-Ray Image Storage - For Presentation (SOP Class, DICOS)."""

DICOSDigitalXRayImageStorageForProcessing: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.501.2.2")
"""DICOS Digital X-Ray Image Storage - For Processing (SOP Class, DICOS)."""

DICOSThreatDetectionReportStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.501.3")
"""DICOS Threat Detection Report Storage (SOP Class, DICOS)."""

DICOS2DAITStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.501.4")
"""DICOS 2D AIT Storage (SOP Class, DICOS)."""

DICOS3DAITStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.501.5")
"""DICOS 3D AIT Storage (SOP Class, DICOS)."""

DICOSQuadrupoleResonanceStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.501.6")
"""DICOS Quadrupole Resonance (QR) Storage (SOP Class, DICOS)."""

EddyCurrentImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.601.1")
"""Eddy Current Image Storage (SOP Class, DICONDE ASTM E2934)."""

EddyCurrentMultiFrameImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.601.2")
"""Eddy Current Multi-frame Image Storage (SOP Class, DICONDE ASTM E2934)."""

PatientRootQueryRetrieveInformationModelFind: Final[UID] = UID("1.2.840.10008.5.1.4.1.2.1.1")
"""Patient Root Query/Retrieve Information Model - FIND (SOP Class, PS3.4)."""

PatientRootQueryRetrieveInformationModelMove: Final[UID] = UID("1.2.840.10008.5.1.4.1.2.1.2")
"""Patient Root Query/Retrieve Information Model - MOVE (SOP Class, PS3.4)."""

PatientRootQueryRetrieveInformationModelGet: Final[UID] = UID("1.2.840.10008.5.1.4.1.2.1.3")
"""Patient Root Query/Retrieve Information Model - GET (SOP Class, PS3.4)."""

StudyRootQueryRetrieveInformationModelFind: Final[UID] = UID("1.2.840.10008.5.1.4.1.2.2.1")
"""Study Root Query/Retrieve Information Model - FIND (SOP Class, PS3.4)."""

StudyRootQueryRetrieveInformationModelMove: Final[UID] = UID("1.2.840.10008.5.1.4.1.2.2.2")
"""Study Root Query/Retrieve Information Model - MOVE (SOP Class, PS3.4)."""

StudyRootQueryRetrieveInformationModelGet: Final[UID] = UID("1.2.840.10008.5.1.4.1.2.2.3")
"""Study Root Query/Retrieve Information Model - GET (SOP Class, PS3.4)."""

PatientStudyOnlyQueryRetrieveInformationModelFind: Final[UID] = UID("1.2.840.10008.5.1.4.1.2.3.1")
"""Patient/Study Only Query/Retrieve Information Model - FIND (Retired) (SOP Class, PS3.4 (2004); retired)."""

PatientStudyOnlyQueryRetrieveInformationModelMove: Final[UID] = UID("1.2.840.10008.5.1.4.1.2.3.2")
"""Patient/Study Only Query/Retrieve Information Model - MOVE (Retired) (SOP Class, PS3.4 (2004); retired)."""

PatientStudyOnlyQueryRetrieveInformationModelGet: Final[UID] = UID("1.2.840.10008.5.1.4.1.2.3.3")
"""Patient/Study Only Query/Retrieve Information Model - GET (Retired) (SOP Class, PS3.4 (2004); retired)."""

CompositeInstanceRootRetrieveMove: Final[UID] = UID("1.2.840.10008.5.1.4.1.2.4.2")
"""Composite Instance Root Retrieve - MOVE (SOP Class, PS3.4)."""

CompositeInstanceRootRetrieveGet: Final[UID] = UID("1.2.840.10008.5.1.4.1.2.4.3")
"""Composite Instance Root Retrieve - GET (SOP Class, PS3.4)."""

CompositeInstanceRetrieveWithoutBulkDataGet: Final[UID] = UID("1.2.840.10008.5.1.4.1.2.5.3")
"""Composite Instance Retrieve Without Bulk Data - GET (SOP Class, PS3.4)."""

DefinedProcedureProtocolInformationModelFind: Final[UID] = UID("1.2.840.10008.5.1.4.20.1")
"""Defined Procedure Protocol Information Model - FIND (SOP Class, PS3.4)."""

DefinedProcedureProtocolInformationModelMove: Final[UID] = UID("1.2.840.10008.5.1.4.20.2")
"""Defined Procedure Protocol Information Model - MOVE (SOP Class, PS3.4)."""

DefinedProcedureProtocolInformationModelGet: Final[UID] = UID("1.2.840.10008.5.1.4.20.3")
"""Defined Procedure Protocol Information Model - GET (SOP Class, PS3.4)."""

ModalityWorklistInformationModelFind: Final[UID] = UID("1.2.840.10008.5.1.4.31")
"""Modality Worklist Information Model - FIND (SOP Class, PS3.4)."""

GeneralPurposeWorklistManagementMeta: Final[UID] = UID("1.2.840.10008.5.1.4.32")
"""General Purpose Worklist Management Meta SOP Class (Retired) (Meta SOP Class, PS3.4 (2011); retired)."""

GeneralPurposeWorklistInformationModelFind: Final[UID] = UID("1.2.840.10008.5.1.4.32.1")
"""General Purpose Worklist Information Model - FIND (Retired) (SOP Class, PS3.4 (2011); retired)."""

GeneralPurposeScheduledProcedureStep: Final[UID] = UID("1.2.840.10008.5.1.4.32.2")
"""General Purpose Scheduled Procedure Step SOP Class (Retired) (SOP Class, PS3.4 (2011); retired)."""

GeneralPurposePerformedProcedureStep: Final[UID] = UID("1.2.840.10008.5.1.4.32.3")
"""General Purpose Performed Procedure Step SOP Class (Retired) (SOP Class, PS3.4 (2011); retired)."""

InstanceAvailabilityNotification: Final[UID] = UID("1.2.840.10008.5.1.4.33")
"""Instance Availability Notification SOP Class (SOP Class, PS3.4)."""

RTBeamsDeliveryInstructionStorageTrial: Final[UID] = UID("1.2.840.10008.5.1.4.34.1")
"""RT Beams Delivery Instruction Storage - Trial (Retired) (SOP Class, PS3.4 (2009); retired)."""

RTConventionalMachineVerificationTrial: Final[UID] = UID("1.2.840.10008.5.1.4.34.2")
"""RT Conventional Machine Verification - Trial (Retired) (SOP Class, PS3.4 (2009); retired)."""

RTIonMachineVerificationTrial: Final[UID] = UID("1.2.840.10008.5.1.4.34.3")
"""RT Ion Machine Verification - Trial (Retired) (SOP Class, PS3.4 (2009); retired)."""

UnifiedWorklistAndProcedureStepTrial: Final[UID] = UID("1.2.840.10008.5.1.4.34.4")
"""Unified Worklist and Procedure Step Service Class - Trial (Retired) (Service Class, PS3.4 (2009); retired)."""

UnifiedProcedureStepPushTrial: Final[UID] = UID("1.2.840.10008.5.1.4.34.4.1")
"""Unified Procedure Step - Push SOP Class - Trial (Retired) (SOP Class, PS3.4 (2009); retired)."""

UnifiedProcedureStepWatchTrial: Final[UID] = UID("1.2.840.10008.5.1.4.34.4.2")
"""Unified Procedure Step - Watch SOP Class - Trial (Retired) (SOP Class, PS3.4 (2009); retired)."""

UnifiedProcedureStepPullTrial: Final[UID] = UID("1.2.840.10008.5.1.4.34.4.3")
"""Unified Procedure Step - Pull SOP Class - Trial (Retired) (SOP Class, PS3.4 (2009); retired)."""

UnifiedProcedureStepEventTrial: Final[UID] = UID("1.2.840.10008.5.1.4.34.4.4")
"""Unified Procedure Step - Event SOP Class - Trial (Retired) (SOP Class, PS3.4 (2009); retired)."""

UPSGlobalSubscriptionInstance: Final[UID] = UID("1.2.840.10008.5.1.4.34.5")
"""UPS Global Subscription SOP Instance (Well-known SOP Instance, PS3.4)."""

UPSFilteredGlobalSubscriptionInstance: Final[UID] = UID("1.2.840.10008.5.1.4.34.5.1")
"""UPS Filtered Global Subscription SOP Instance (Well-known SOP Instance, PS3.4)."""

UnifiedWorklistAndProcedureStep: Final[UID] = UID("1.2.840.10008.5.1.4.34.6")
"""Unified Worklist and Procedure Step Service Class (Service Class, PS3.4)."""

UnifiedProcedureStepPush: Final[UID] = UID("1.2.840.10008.5.1.4.34.6.1")
"""Unified Procedure Step - Push SOP Class (SOP Class, PS3.4)."""

UnifiedProcedureStepWatch: Final[UID] = UID("1.2.840.10008.5.1.4.34.6.2")
"""Unified Procedure Step - Watch SOP Class (SOP Class, PS3.4)."""

UnifiedProcedureStepPull: Final[UID] = UID("1.2.840.10008.5.1.4.34.6.3")
"""Unified Procedure Step - Pull SOP Class (SOP Class, PS3.4)."""

UnifiedProcedureStepEvent: Final[UID] = UID("1.2.840.10008.5.1.4.34.6.4")
"""Unified Procedure Step - Event SOP Class (SOP Class, PS3.4)."""

UnifiedProcedureStepQuery: Final[UID] = UID("1.2.840.10008.5.1.4.34.6.5")
"""Unified Procedure Step - Query SOP Class (SOP Class, PS3.4)."""

RTBeamsDeliveryInstructionStorage: Final[UID] = UID("1.2.840.10008.5.1.4.34.7")
"""RT Beams Delivery Instruction Storage (SOP Class, PS3.4). IOD class: RTBeamsDeliveryInstruction."""

RTConventionalMachineVerification: Final[UID] = UID("1.2.840.10008.5.1.4.34.8")
"""RT Conventional Machine Verification (SOP Class, PS3.4)."""

RTIonMachineVerification: Final[UID] = UID("1.2.840.10008.5.1.4.34.9")
"""RT Ion Machine Verification (SOP Class, PS3.4)."""

RTBrachyApplicationSetupDeliveryInstructionStorage: Final[UID] = UID("1.2.840.10008.5.1.4.34.10")
"""RT Brachy Application Setup Delivery Instruction Storage (SOP Class, PS3.4). IOD class: RTBrachyApplicationSetupDeliveryInstruction."""

GeneralRelevantPatientInformationQuery: Final[UID] = UID("1.2.840.10008.5.1.4.37.1")
"""General Relevant Patient Information Query (SOP Class, PS3.4)."""

BreastImagingRelevantPatientInformationQuery: Final[UID] = UID("1.2.840.10008.5.1.4.37.2")
"""Breast Imaging Relevant Patient Information Query (SOP Class, PS3.4)."""

CardiacRelevantPatientInformationQuery: Final[UID] = UID("1.2.840.10008.5.1.4.37.3")
"""Cardiac Relevant Patient Information Query (SOP Class, PS3.4)."""

HangingProtocolStorage: Final[UID] = UID("1.2.840.10008.5.1.4.38.1")
"""Hanging Protocol Storage (SOP Class, PS3.4). IOD class: HangingProtocol."""

HangingProtocolInformationModelFind: Final[UID] = UID("1.2.840.10008.5.1.4.38.2")
"""Hanging Protocol Information Model - FIND (SOP Class, PS3.4)."""

HangingProtocolInformationModelMove: Final[UID] = UID("1.2.840.10008.5.1.4.38.3")
"""Hanging Protocol Information Model - MOVE (SOP Class, PS3.4)."""

HangingProtocolInformationModelGet: Final[UID] = UID("1.2.840.10008.5.1.4.38.4")
"""Hanging Protocol Information Model - GET (SOP Class, PS3.4)."""

ColorPaletteStorage: Final[UID] = UID("1.2.840.10008.5.1.4.39.1")
"""Color Palette Storage (SOP Class, PS3.4). IOD class: ColorPalette."""

ColorPaletteQueryRetrieveInformationModelFind: Final[UID] = UID("1.2.840.10008.5.1.4.39.2")
"""Color Palette Query/Retrieve Information Model - FIND (SOP Class, PS3.4)."""

ColorPaletteQueryRetrieveInformationModelMove: Final[UID] = UID("1.2.840.10008.5.1.4.39.3")
"""Color Palette Query/Retrieve Information Model - MOVE (SOP Class, PS3.4)."""

ColorPaletteQueryRetrieveInformationModelGet: Final[UID] = UID("1.2.840.10008.5.1.4.39.4")
"""Color Palette Query/Retrieve Information Model - GET (SOP Class, PS3.4)."""

ProductCharacteristicsQuery: Final[UID] = UID("1.2.840.10008.5.1.4.41")
"""Product Characteristics Query SOP Class (SOP Class, PS3.4)."""

SubstanceApprovalQuery: Final[UID] = UID("1.2.840.10008.5.1.4.42")
"""Substance Approval Query SOP Class (SOP Class, PS3.4)."""

GenericImplantTemplateStorage: Final[UID] = UID("1.2.840.10008.5.1.4.43.1")
"""Generic Implant Template Storage (SOP Class, PS3.4). IOD class: GenericImplantTemplate."""

GenericImplantTemplateInformationModelFind: Final[UID] = UID("1.2.840.10008.5.1.4.43.2")
"""Generic Implant Template Information Model - FIND (SOP Class, PS3.4)."""

GenericImplantTemplateInformationModelMove: Final[UID] = UID("1.2.840.10008.5.1.4.43.3")
"""Generic Implant Template Information Model - MOVE (SOP Class, PS3.4)."""

GenericImplantTemplateInformationModelGet: Final[UID] = UID("1.2.840.10008.5.1.4.43.4")
"""Generic Implant Template Information Model - GET (SOP Class, PS3.4)."""

ImplantAssemblyTemplateStorage: Final[UID] = UID("1.2.840.10008.5.1.4.44.1")
"""Implant Assembly Template Storage (SOP Class, PS3.4). IOD class: ImplantAssemblyTemplate."""

ImplantAssemblyTemplateInformationModelFind: Final[UID] = UID("1.2.840.10008.5.1.4.44.2")
"""Implant Assembly Template Information Model - FIND (SOP Class, PS3.4)."""

ImplantAssemblyTemplateInformationModelMove: Final[UID] = UID("1.2.840.10008.5.1.4.44.3")
"""Implant Assembly Template Information Model - MOVE (SOP Class, PS3.4)."""

ImplantAssemblyTemplateInformationModelGet: Final[UID] = UID("1.2.840.10008.5.1.4.44.4")
"""Implant Assembly Template Information Model - GET (SOP Class, PS3.4)."""

ImplantTemplateGroupStorage: Final[UID] = UID("1.2.840.10008.5.1.4.45.1")
"""Implant Template Group Storage (SOP Class, PS3.4). IOD class: ImplantTemplateGroup."""

ImplantTemplateGroupInformationModelFind: Final[UID] = UID("1.2.840.10008.5.1.4.45.2")
"""Implant Template Group Information Model - FIND (SOP Class, PS3.4)."""

ImplantTemplateGroupInformationModelMove: Final[UID] = UID("1.2.840.10008.5.1.4.45.3")
"""Implant Template Group Information Model - MOVE (SOP Class, PS3.4)."""

ImplantTemplateGroupInformationModelGet: Final[UID] = UID("1.2.840.10008.5.1.4.45.4")
"""Implant Template Group Information Model - GET (SOP Class, PS3.4)."""

NativeDICOMModel: Final[UID] = UID("1.2.840.10008.7.1.1")
"""Native DICOM Model (Application Hosting Model, PS3.19)."""

AbstractMultiDimensionalImageModel: Final[UID] = UID("1.2.840.10008.7.1.2")
"""Abstract Multi-Dimensional Image Model (Application Hosting Model, PS3.19)."""

DICOMContentMappingResource: Final[UID] = UID("1.2.840.10008.8.1.1")
"""DICOM Content Mapping Resource (Mapping Resource, PS3.16)."""

VideoEndoscopicImageRealTimeCommunication: Final[UID] = UID("1.2.840.10008.10.1")
"""Video Endoscopic Image Real-Time Communication (SOP Class, PS3.22)."""

VideoPhotographicImageRealTimeCommunication: Final[UID] = UID("1.2.840.10008.10.2")
"""Video Photographic Image Real-Time Communication (SOP Class, PS3.22)."""

AudioWaveformRealTimeCommunication: Final[UID] = UID("1.2.840.10008.10.3")
"""Audio Waveform Real-Time Communication (SOP Class, PS3.22)."""

RenditionSelectionDocumentRealTimeCommunication: Final[UID] = UID("1.2.840.10008.10.4")
"""Rendition Selection Document Real-Time Communication (SOP Class, PS3.22)."""

dicomDeviceName: Final[UID] = UID("1.2.840.10008.15.0.3.1")
"""dicomDeviceName (LDAP OID, PS3.15)."""

dicomDescription: Final[UID] = UID("1.2.840.10008.15.0.3.2")
"""dicomDescription (LDAP OID, PS3.15)."""

dicomManufacturer: Final[UID] = UID("1.2.840.10008.15.0.3.3")
"""dicomManufacturer (LDAP OID, PS3.15)."""

dicomManufacturerModelName: Final[UID] = UID("1.2.840.10008.15.0.3.4")
"""dicomManufacturerModelName (LDAP OID, PS3.15)."""

dicomSoftwareVersion: Final[UID] = UID("1.2.840.10008.15.0.3.5")
"""dicomSoftwareVersion (LDAP OID, PS3.15)."""

dicomVendorData: Final[UID] = UID("1.2.840.10008.15.0.3.6")
"""dicomVendorData (LDAP OID, PS3.15)."""

dicomAETitle: Final[UID] = UID("1.2.840.10008.15.0.3.7")
"""dicomAETitle (LDAP OID, PS3.15)."""

dicomNetworkConnectionReference: Final[UID] = UID("1.2.840.10008.15.0.3.8")
"""dicomNetworkConnectionReference (LDAP OID, PS3.15)."""

dicomApplicationCluster: Final[UID] = UID("1.2.840.10008.15.0.3.9")
"""dicomApplicationCluster (LDAP OID, PS3.15)."""

dicomAssociationInitiator: Final[UID] = UID("1.2.840.10008.15.0.3.10")
"""dicomAssociationInitiator (LDAP OID, PS3.15)."""

dicomAssociationAcceptor: Final[UID] = UID("1.2.840.10008.15.0.3.11")
"""dicomAssociationAcceptor (LDAP OID, PS3.15)."""

dicomHostname: Final[UID] = UID("1.2.840.10008.15.0.3.12")
"""dicomHostname (LDAP OID, PS3.15)."""

dicomPort: Final[UID] = UID("1.2.840.10008.15.0.3.13")
"""dicomPort (LDAP OID, PS3.15)."""

dicomSOPClass: Final[UID] = UID("1.2.840.10008.15.0.3.14")
"""dicomSOPClass (LDAP OID, PS3.15)."""

dicomTransferRole: Final[UID] = UID("1.2.840.10008.15.0.3.15")
"""dicomTransferRole (LDAP OID, PS3.15)."""

dicomTransferSyntax: Final[UID] = UID("1.2.840.10008.15.0.3.16")
"""dicomTransferSyntax (LDAP OID, PS3.15)."""

dicomPrimaryDeviceType: Final[UID] = UID("1.2.840.10008.15.0.3.17")
"""dicomPrimaryDeviceType (LDAP OID, PS3.15)."""

dicomRelatedDeviceReference: Final[UID] = UID("1.2.840.10008.15.0.3.18")
"""dicomRelatedDeviceReference (LDAP OID, PS3.15)."""

dicomPreferredCalledAETitle: Final[UID] = UID("1.2.840.10008.15.0.3.19")
"""dicomPreferredCalledAETitle (LDAP OID, PS3.15)."""

dicomTLSCyphersuite: Final[UID] = UID("1.2.840.10008.15.0.3.20")
"""dicomTLSCyphersuite (LDAP OID, PS3.15)."""

dicomAuthorizedNodeCertificateReference: Final[UID] = UID("1.2.840.10008.15.0.3.21")
"""dicomAuthorizedNodeCertificateReference (LDAP OID, PS3.15)."""

dicomThisNodeCertificateReference: Final[UID] = UID("1.2.840.10008.15.0.3.22")
"""dicomThisNodeCertificateReference (LDAP OID, PS3.15)."""

dicomInstalled: Final[UID] = UID("1.2.840.10008.15.0.3.23")
"""dicomInstalled (LDAP OID, PS3.15)."""

dicomStationName: Final[UID] = UID("1.2.840.10008.15.0.3.24")
"""dicomStationName (LDAP OID, PS3.15)."""

dicomDeviceSerialNumber: Final[UID] = UID("1.2.840.10008.15.0.3.25")
"""dicomDeviceSerialNumber (LDAP OID, PS3.15)."""

dicomInstitutionName: Final[UID] = UID("1.2.840.10008.15.0.3.26")
"""dicomInstitutionName (LDAP OID, PS3.15)."""

dicomInstitutionAddress: Final[UID] = UID("1.2.840.10008.15.0.3.27")
"""dicomInstitutionAddress (LDAP OID, PS3.15)."""

dicomInstitutionDepartmentName: Final[UID] = UID("1.2.840.10008.15.0.3.28")
"""dicomInstitutionDepartmentName (LDAP OID, PS3.15)."""

dicomIssuerOfPatientID: Final[UID] = UID("1.2.840.10008.15.0.3.29")
"""dicomIssuerOfPatientID (LDAP OID, PS3.15)."""

dicomPreferredCallingAETitle: Final[UID] = UID("1.2.840.10008.15.0.3.30")
"""dicomPreferredCallingAETitle (LDAP OID, PS3.15)."""

dicomSupportedCharacterSet: Final[UID] = UID("1.2.840.10008.15.0.3.31")
"""dicomSupportedCharacterSet (LDAP OID, PS3.15)."""

dicomConfigurationRoot: Final[UID] = UID("1.2.840.10008.15.0.4.1")
"""dicomConfigurationRoot (LDAP OID, PS3.15)."""

dicomDevicesRoot: Final[UID] = UID("1.2.840.10008.15.0.4.2")
"""dicomDevicesRoot (LDAP OID, PS3.15)."""

dicomUniqueAETitlesRegistryRoot: Final[UID] = UID("1.2.840.10008.15.0.4.3")
"""dicomUniqueAETitlesRegistryRoot (LDAP OID, PS3.15)."""

dicomDevice: Final[UID] = UID("1.2.840.10008.15.0.4.4")
"""dicomDevice (LDAP OID, PS3.15)."""

dicomNetworkAE: Final[UID] = UID("1.2.840.10008.15.0.4.5")
"""dicomNetworkAE (LDAP OID, PS3.15)."""

dicomNetworkConnection: Final[UID] = UID("1.2.840.10008.15.0.4.6")
"""dicomNetworkConnection (LDAP OID, PS3.15)."""

dicomUniqueAETitle: Final[UID] = UID("1.2.840.10008.15.0.4.7")
"""dicomUniqueAETitle (LDAP OID, PS3.15)."""

dicomTransferCapability: Final[UID] = UID("1.2.840.10008.15.0.4.8")
"""dicomTransferCapability (LDAP OID, PS3.15)."""

UTC: Final[UID] = UID("1.2.840.10008.15.1.1")
"""Universal Coordinated Time (Synchronization Frame of Reference, PS3.3)."""

TalairachBrainAtlas: Final[UID] = UID("1.2.840.10008.1.4.1.1")
"""Talairach Brain Atlas Frame of Reference (Well-known Frame of Reference, PS3.6)."""

SPM2T1: Final[UID] = UID("1.2.840.10008.1.4.1.2")
"""SPM2 T1 Frame of Reference (Well-known Frame of Reference, PS3.6)."""

SPM2T2: Final[UID] = UID("1.2.840.10008.1.4.1.3")
"""SPM2 T2 Frame of Reference (Well-known Frame of Reference, PS3.6)."""

SPM2PD: Final[UID] = UID("1.2.840.10008.1.4.1.4")
"""SPM2 PD Frame of Reference (Well-known Frame of Reference, PS3.6)."""

SPM2EPI: Final[UID] = UID("1.2.840.10008.1.4.1.5")
"""SPM2 EPI Frame of Reference (Well-known Frame of Reference, PS3.6)."""

SPM2FILT1: Final[UID] = UID("1.2.840.10008.1.4.1.6")
"""SPM2 FIL T1 Frame of Reference (Well-known Frame of Reference, PS3.6)."""

SPM2PET: Final[UID] = UID("1.2.840.10008.1.4.1.7")
"""SPM2 PET Frame of Reference (Well-known Frame of Reference, PS3.6)."""

SPM2TRANSM: Final[UID] = UID("1.2.840.10008.1.4.1.8")
"""SPM2 TRANSM Frame of Reference (Well-known Frame of Reference, PS3.6)."""

SPM2SPECT: Final[UID] = UID("1.2.840.10008.1.4.1.9")
"""SPM2 SPECT Frame of Reference (Well-known Frame of Reference, PS3.6)."""

SPM2GRAY: Final[UID] = UID("1.2.840.10008.1.4.1.10")
"""SPM2 GRAY Frame of Reference (Well-known Frame of Reference, PS3.6)."""

SPM2WHITE: Final[UID] = UID("1.2.840.10008.1.4.1.11")
"""SPM2 WHITE Frame of Reference (Well-known Frame of Reference, PS3.6)."""

SPM2CSF: Final[UID] = UID("1.2.840.10008.1.4.1.12")
"""SPM2 CSF Frame of Reference (Well-known Frame of Reference, PS3.6)."""

SPM2BRAINMASK: Final[UID] = UID("1.2.840.10008.1.4.1.13")
"""SPM2 BRAINMASK Frame of Reference (Well-known Frame of Reference, PS3.6)."""

SPM2AVG305T1: Final[UID] = UID("1.2.840.10008.1.4.1.14")
"""SPM2 AVG305T1 Frame of Reference (Well-known Frame of Reference, PS3.6)."""

SPM2AVG152T1: Final[UID] = UID("1.2.840.10008.1.4.1.15")
"""SPM2 AVG152T1 Frame of Reference (Well-known Frame of Reference, PS3.6)."""

SPM2AVG152T2: Final[UID] = UID("1.2.840.10008.1.4.1.16")
"""SPM2 AVG152T2 Frame of Reference (Well-known Frame of Reference, PS3.6)."""

SPM2AVG152PD: Final[UID] = UID("1.2.840.10008.1.4.1.17")
"""SPM2 AVG152PD Frame of Reference (Well-known Frame of Reference, PS3.6)."""

SPM2SINGLESUBJT1: Final[UID] = UID("1.2.840.10008.1.4.1.18")
"""SPM2 SINGLESUBJT1 Frame of Reference (Well-known Frame of Reference, PS3.6)."""

ICBM452T1: Final[UID] = UID("1.2.840.10008.1.4.2.1")
"""ICBM 452 T1 Frame of Reference (Well-known Frame of Reference, PS3.6)."""

ICBMSingleSubjectMRI: Final[UID] = UID("1.2.840.10008.1.4.2.2")
"""ICBM Single Subject MRI Frame of Reference (Well-known Frame of Reference, PS3.6)."""

IEC61217FixedCoordinateSystem: Final[UID] = UID("1.2.840.10008.1.4.3.1")
"""IEC 61217 Fixed Coordinate System Frame of Reference (Well-known Frame of Reference, PS3.6)."""

StandardRoboticArmCoordinateSystem: Final[UID] = UID("1.2.840.10008.1.4.3.2")
"""Standard Robotic-Arm Coordinate System Frame of Reference (Well-known Frame of Reference, PS3.6)."""

IEC61217TableTopCoordinateSystem: Final[UID] = UID("1.2.840.10008.1.4.3.3")
"""IEC 61217 Table Top Coordinate System Frame of Reference (Well-known Frame of Reference, PS3.6)."""

SRI24: Final[UID] = UID("1.2.840.10008.1.4.4.1")
"""SRI24 Frame of Reference (Well-known Frame of Reference, PS3.6)."""

Colin27: Final[UID] = UID("1.2.840.10008.1.4.5.1")
"""Colin27 Frame of Reference (Well-known Frame of Reference, PS3.6)."""

LPBA40AIR: Final[UID] = UID("1.2.840.10008.1.4.6.1")
"""LPBA40/AIR Frame of Reference (Well-known Frame of Reference, PS3.6)."""

LPBA40FLIRT: Final[UID] = UID("1.2.840.10008.1.4.6.2")
"""LPBA40/FLIRT Frame of Reference (Well-known Frame of Reference, PS3.6)."""

LPBA40SPM5: Final[UID] = UID("1.2.840.10008.1.4.6.3")
"""LPBA40/SPM5 Frame of Reference (Well-known Frame of Reference, PS3.6)."""


UID_INFO: Final[Mapping[str, UIDInfo]] = MappingProxyType(
    {
        "1.2.840.10008.1.1": UIDInfo(
            Verification,
            "Verification SOP Class",
            "Verification",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.1.2": UIDInfo(
            ImplicitVRLittleEndian,
            "Implicit VR Little Endian: Default Transfer Syntax for DICOM",
            "ImplicitVRLittleEndian",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.1": UIDInfo(
            ExplicitVRLittleEndian,
            "Explicit VR Little Endian",
            "ExplicitVRLittleEndian",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.1.98": UIDInfo(
            EncapsulatedUncompressedExplicitVRLittleEndian,
            "Encapsulated Uncompressed Explicit VR Little Endian",
            "EncapsulatedUncompressedExplicitVRLittleEndian",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.1.99": UIDInfo(
            DeflatedExplicitVRLittleEndian,
            "Deflated Explicit VR Little Endian",
            "DeflatedExplicitVRLittleEndian",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.2": UIDInfo(
            ExplicitVRBigEndian,
            "Explicit VR Big Endian (Retired)",
            "ExplicitVRBigEndian",
            "Transfer Syntax",
            "PS3.5 (2011)",
            True,
            None,
        ),
        "1.2.840.10008.1.2.4.50": UIDInfo(
            JPEGBaseline8Bit,
            "JPEG Baseline (Process 1): Default Transfer Syntax for Lossy JPEG 8 Bit Image Compression",
            "JPEGBaseline8Bit",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.4.51": UIDInfo(
            JPEGExtended12Bit,
            "JPEG Extended (Process 2 & 4): Default Transfer Syntax for Lossy JPEG 12 Bit Image Compression (Process 4 only)",
            "JPEGExtended12Bit",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.4.52": UIDInfo(
            JPEGExtended35,
            "JPEG Extended (Process 3 & 5) (Retired)",
            "JPEGExtended35",
            "Transfer Syntax",
            "PS3.5 (2001)",
            True,
            None,
        ),
        "1.2.840.10008.1.2.4.53": UIDInfo(
            JPEGSpectralSelectionNonHierarchical68,
            "JPEG Spectral Selection, Non-Hierarchical (Process 6 & 8) (Retired)",
            "JPEGSpectralSelectionNonHierarchical68",
            "Transfer Syntax",
            "PS3.5 (2001)",
            True,
            None,
        ),
        "1.2.840.10008.1.2.4.54": UIDInfo(
            JPEGSpectralSelectionNonHierarchical79,
            "JPEG Spectral Selection, Non-Hierarchical (Process 7 & 9) (Retired)",
            "JPEGSpectralSelectionNonHierarchical79",
            "Transfer Syntax",
            "PS3.5 (2001)",
            True,
            None,
        ),
        "1.2.840.10008.1.2.4.55": UIDInfo(
            JPEGFullProgressionNonHierarchical1012,
            "JPEG Full Progression, Non-Hierarchical (Process 10 & 12) (Retired)",
            "JPEGFullProgressionNonHierarchical1012",
            "Transfer Syntax",
            "PS3.5 (2001)",
            True,
            None,
        ),
        "1.2.840.10008.1.2.4.56": UIDInfo(
            JPEGFullProgressionNonHierarchical1113,
            "JPEG Full Progression, Non-Hierarchical (Process 11 & 13) (Retired)",
            "JPEGFullProgressionNonHierarchical1113",
            "Transfer Syntax",
            "PS3.5 (2001)",
            True,
            None,
        ),
        "1.2.840.10008.1.2.4.57": UIDInfo(
            JPEGLossless,
            "JPEG Lossless, Non-Hierarchical (Process 14)",
            "JPEGLossless",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.4.58": UIDInfo(
            JPEGLosslessNonHierarchical15,
            "JPEG Lossless, Non-Hierarchical (Process 15) (Retired)",
            "JPEGLosslessNonHierarchical15",
            "Transfer Syntax",
            "PS3.5 (2001)",
            True,
            None,
        ),
        "1.2.840.10008.1.2.4.59": UIDInfo(
            JPEGExtendedHierarchical1618,
            "JPEG Extended, Hierarchical (Process 16 & 18) (Retired)",
            "JPEGExtendedHierarchical1618",
            "Transfer Syntax",
            "PS3.5 (2001)",
            True,
            None,
        ),
        "1.2.840.10008.1.2.4.60": UIDInfo(
            JPEGExtendedHierarchical1719,
            "JPEG Extended, Hierarchical (Process 17 & 19) (Retired)",
            "JPEGExtendedHierarchical1719",
            "Transfer Syntax",
            "PS3.5 (2001)",
            True,
            None,
        ),
        "1.2.840.10008.1.2.4.61": UIDInfo(
            JPEGSpectralSelectionHierarchical2022,
            "JPEG Spectral Selection, Hierarchical (Process 20 & 22) (Retired)",
            "JPEGSpectralSelectionHierarchical2022",
            "Transfer Syntax",
            "PS3.5 (2001)",
            True,
            None,
        ),
        "1.2.840.10008.1.2.4.62": UIDInfo(
            JPEGSpectralSelectionHierarchical2123,
            "JPEG Spectral Selection, Hierarchical (Process 21 & 23) (Retired)",
            "JPEGSpectralSelectionHierarchical2123",
            "Transfer Syntax",
            "PS3.5 (2001)",
            True,
            None,
        ),
        "1.2.840.10008.1.2.4.63": UIDInfo(
            JPEGFullProgressionHierarchical2426,
            "JPEG Full Progression, Hierarchical (Process 24 & 26) (Retired)",
            "JPEGFullProgressionHierarchical2426",
            "Transfer Syntax",
            "PS3.5 (2001)",
            True,
            None,
        ),
        "1.2.840.10008.1.2.4.64": UIDInfo(
            JPEGFullProgressionHierarchical2527,
            "JPEG Full Progression, Hierarchical (Process 25 & 27) (Retired)",
            "JPEGFullProgressionHierarchical2527",
            "Transfer Syntax",
            "PS3.5 (2001)",
            True,
            None,
        ),
        "1.2.840.10008.1.2.4.65": UIDInfo(
            JPEGLosslessHierarchical28,
            "JPEG Lossless, Hierarchical (Process 28) (Retired)",
            "JPEGLosslessHierarchical28",
            "Transfer Syntax",
            "PS3.5 (2001)",
            True,
            None,
        ),
        "1.2.840.10008.1.2.4.66": UIDInfo(
            JPEGLosslessHierarchical29,
            "JPEG Lossless, Hierarchical (Process 29) (Retired)",
            "JPEGLosslessHierarchical29",
            "Transfer Syntax",
            "PS3.5 (2001)",
            True,
            None,
        ),
        "1.2.840.10008.1.2.4.70": UIDInfo(
            JPEGLosslessSV1,
            "JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1]): Default Transfer Syntax for Lossless JPEG Image Compression",
            "JPEGLosslessSV1",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.4.80": UIDInfo(
            JPEGLSLossless,
            "JPEG-LS Lossless Image Compression",
            "JPEGLSLossless",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.4.81": UIDInfo(
            JPEGLSNearLossless,
            "JPEG-LS Lossy (Near-Lossless) Image Compression",
            "JPEGLSNearLossless",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.4.90": UIDInfo(
            JPEG2000Lossless,
            "JPEG 2000 Image Compression (Lossless Only)",
            "JPEG2000Lossless",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.4.91": UIDInfo(
            JPEG2000,
            "JPEG 2000 Image Compression",
            "JPEG2000",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.4.92": UIDInfo(
            JPEG2000MCLossless,
            "JPEG 2000 Part 2 Multi-component Image Compression (Lossless Only)",
            "JPEG2000MCLossless",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.4.93": UIDInfo(
            JPEG2000MC,
            "JPEG 2000 Part 2 Multi-component Image Compression",
            "JPEG2000MC",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.4.94": UIDInfo(
            JPIPReferenced,
            "JPIP Referenced",
            "JPIPReferenced",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.4.95": UIDInfo(
            JPIPReferencedDeflate,
            "JPIP Referenced Deflate",
            "JPIPReferencedDeflate",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.4.100": UIDInfo(
            MPEG2MPML,
            "MPEG2 Main Profile / Main Level",
            "MPEG2MPML",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.4.100.1": UIDInfo(
            MPEG2MPMLF,
            "Fragmentable MPEG2 Main Profile / Main Level",
            "MPEG2MPMLF",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.4.101": UIDInfo(
            MPEG2MPHL,
            "MPEG2 Main Profile / High Level",
            "MPEG2MPHL",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.4.101.1": UIDInfo(
            MPEG2MPHLF,
            "Fragmentable MPEG2 Main Profile / High Level",
            "MPEG2MPHLF",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.4.102": UIDInfo(
            MPEG4HP41,
            "MPEG-4 AVC/H.264 High Profile / Level 4.1",
            "MPEG4HP41",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.4.102.1": UIDInfo(
            MPEG4HP41F,
            "Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.1",
            "MPEG4HP41F",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.4.103": UIDInfo(
            MPEG4HP41BD,
            "MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1",
            "MPEG4HP41BD",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.4.103.1": UIDInfo(
            MPEG4HP41BDF,
            "Fragmentable MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1",
            "MPEG4HP41BDF",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.4.104": UIDInfo(
            MPEG4HP422D,
            "MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video",
            "MPEG4HP422D",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.4.104.1": UIDInfo(
            MPEG4HP422DF,
            "Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video",
            "MPEG4HP422DF",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.4.105": UIDInfo(
            MPEG4HP423D,
            "MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video",
            "MPEG4HP423D",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.4.105.1": UIDInfo(
            MPEG4HP423DF,
            "Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video",
            "MPEG4HP423DF",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.4.106": UIDInfo(
            MPEG4HP42STEREO,
            "MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2",
            "MPEG4HP42STEREO",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.4.106.1": UIDInfo(
            MPEG4HP42STEREOF,
            "Fragmentable MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2",
            "MPEG4HP42STEREOF",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.4.107": UIDInfo(
            HEVCMP51,
            "HEVC/H.265 Main Profile / Level 5.1",
            "HEVCMP51",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.4.108": UIDInfo(
            HEVCM10P51,
            "HEVC/H.265 Main 10 Profile / Level 5.1",
            "HEVCM10P51",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.4.201": UIDInfo(
            HTJ2KLossless,
            "High-Throughput JPEG 2000 Image Compression (Lossless Only)",
            "HTJ2KLossless",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.4.202": UIDInfo(
            HTJ2KLosslessRPCL,
            "High-Throughput JPEG 2000 with RPCL Options Image Compression (Lossless Only)",
            "HTJ2KLosslessRPCL",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.4.203": UIDInfo(
            HTJ2K,
            "High-Throughput JPEG 2000 Image Compression",
            "HTJ2K",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.4.204": UIDInfo(
            JPIPHTJ2KReferenced,
            "JPIP HTJ2K Referenced",
            "JPIPHTJ2KReferenced",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.4.205": UIDInfo(
            JPIPHTJ2KReferencedDeflate,
            "JPIP HTJ2K Referenced Deflate",
            "JPIPHTJ2KReferencedDeflate",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.5": UIDInfo(
            RLELossless, "RLE Lossless", "RLELossless", "Transfer Syntax", "PS3.5", False, None
        ),
        "1.2.840.10008.1.2.6.1": UIDInfo(
            RFC2557MIMEEncapsulation,
            "RFC 2557 MIME encapsulation (Retired)",
            "RFC2557MIMEEncapsulation",
            "Transfer Syntax",
            "PS3.10 (2018b)",
            True,
            None,
        ),
        "1.2.840.10008.1.2.6.2": UIDInfo(
            XMLEncoding,
            "XML Encoding (Retired)",
            "XMLEncoding",
            "Transfer Syntax",
            "PS3.10 (2018b)",
            True,
            None,
        ),
        "1.2.840.10008.1.2.7.1": UIDInfo(
            SMPTEST211020UncompressedProgressiveActiveVideo,
            "SMPTE ST 2110-20 Uncompressed Progressive Active Video",
            "SMPTEST211020UncompressedProgressiveActiveVideo",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.7.2": UIDInfo(
            SMPTEST211020UncompressedInterlacedActiveVideo,
            "SMPTE ST 2110-20 Uncompressed Interlaced Active Video",
            "SMPTEST211020UncompressedInterlacedActiveVideo",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.2.7.3": UIDInfo(
            SMPTEST211030PCMDigitalAudio,
            "SMPTE ST 2110-30 PCM Digital Audio",
            "SMPTEST211030PCMDigitalAudio",
            "Transfer Syntax",
            "PS3.5",
            False,
            None,
        ),
        "1.2.840.10008.1.3.10": UIDInfo(
            MediaStorageDirectoryStorage,
            "Media Storage Directory Storage",
            "MediaStorageDirectoryStorage",
            "SOP Class",
            "PS3.4",
            False,
            "BasicDirectory",
        ),
        "1.2.840.10008.1.5.1": UIDInfo(
            HotIronPalette,
            "Hot Iron Color Palette SOP Instance",
            "HotIronPalette",
            "Well-known SOP Instance",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.5.2": UIDInfo(
            PETPalette,
            "PET Color Palette SOP Instance",
            "PETPalette",
            "Well-known SOP Instance",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.5.3": UIDInfo(
            HotMetalBluePalette,
            "Hot Metal Blue Color Palette SOP Instance",
            "HotMetalBluePalette",
            "Well-known SOP Instance",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.5.4": UIDInfo(
            PET20StepPalette,
            "PET 20 Step Color Palette SOP Instance",
            "PET20StepPalette",
            "Well-known SOP Instance",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.5.5": UIDInfo(
            SpringPalette,
            "Spring Color Palette SOP Instance",
            "SpringPalette",
            "Well-known SOP Instance",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.5.6": UIDInfo(
            SummerPalette,
            "Summer Color Palette SOP Instance",
            "SummerPalette",
            "Well-known SOP Instance",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.5.7": UIDInfo(
            FallPalette,
            "Fall Color Palette SOP Instance",
            "FallPalette",
            "Well-known SOP Instance",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.5.8": UIDInfo(
            WinterPalette,
            "Winter Color Palette SOP Instance",
            "WinterPalette",
            "Well-known SOP Instance",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.9": UIDInfo(
            BasicStudyContentNotification,
            "Basic Study Content Notification SOP Class (Retired)",
            "BasicStudyContentNotification",
            "SOP Class",
            "PS3.4 (2004)",
            True,
            None,
        ),
        "1.2.840.10008.1.20": UIDInfo(
            Papyrus3ImplicitVRLittleEndian,
            "Papyrus 3 Implicit VR Little Endian (Retired)",
            "Papyrus3ImplicitVRLittleEndian",
            "Transfer Syntax",
            "(2015c)",
            True,
            None,
        ),
        "1.2.840.10008.1.20.1": UIDInfo(
            StorageCommitmentPushModel,
            "Storage Commitment Push Model SOP Class",
            "StorageCommitmentPushModel",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.1.20.1.1": UIDInfo(
            StorageCommitmentPushModelInstance,
            "Storage Commitment Push Model SOP Instance",
            "StorageCommitmentPushModelInstance",
            "Well-known SOP Instance",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.1.20.2": UIDInfo(
            StorageCommitmentPullModel,
            "Storage Commitment Pull Model SOP Class (Retired)",
            "StorageCommitmentPullModel",
            "SOP Class",
            "PS3.4 (2001)",
            True,
            None,
        ),
        "1.2.840.10008.1.20.2.1": UIDInfo(
            StorageCommitmentPullModelInstance,
            "Storage Commitment Pull Model SOP Instance (Retired)",
            "StorageCommitmentPullModelInstance",
            "Well-known SOP Instance",
            "PS3.4 (2001)",
            True,
            None,
        ),
        "1.2.840.10008.1.40": UIDInfo(
            ProceduralEventLogging,
            "Procedural Event Logging SOP Class",
            "ProceduralEventLogging",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.1.40.1": UIDInfo(
            ProceduralEventLoggingInstance,
            "Procedural Event Logging SOP Instance",
            "ProceduralEventLoggingInstance",
            "Well-known SOP Instance",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.1.42": UIDInfo(
            SubstanceAdministrationLogging,
            "Substance Administration Logging SOP Class",
            "SubstanceAdministrationLogging",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.1.42.1": UIDInfo(
            SubstanceAdministrationLoggingInstance,
            "Substance Administration Logging SOP Instance",
            "SubstanceAdministrationLoggingInstance",
            "Well-known SOP Instance",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.2.6.1": UIDInfo(
            DCMUID,
            "DICOM UID Registry",
            "DCMUID",
            "DICOM UIDs as a Coding Scheme",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.2.16.4": UIDInfo(
            DCM, "DICOM Controlled Terminology", "DCM", "Coding Scheme", "PS3.16", False, None
        ),
        "1.2.840.10008.2.16.5": UIDInfo(
            MA, "Adult Mouse Anatomy Ontology", "MA", "Coding Scheme", "PS3.16", False, None
        ),
        "1.2.840.10008.2.16.6": UIDInfo(
            UBERON, "Uberon Ontology", "UBERON", "Coding Scheme", "PS3.16", False, None
        ),
        "1.2.840.10008.2.16.7": UIDInfo(
            ITIS_TSN,
            "Integrated Taxonomic Information System (ITIS) Taxonomic Serial Number (TSN)",
            "ITIS_TSN",
            "Coding Scheme",
            "PS3.16",
            False,
            None,
        ),
        "1.2.840.10008.2.16.8": UIDInfo(
            MGI, "Mouse Genome Initiative (MGI)", "MGI", "Coding Scheme", "PS3.16", False, None
        ),
        "1.2.840.10008.2.16.9": UIDInfo(
            PUBCHEM_CID,
            "PubChem Compound CID",
            "PUBCHEM_CID",
            "Coding Scheme",
            "PS3.16",
            False,
            None,
        ),
        "1.2.840.10008.2.16.10": UIDInfo(
            DC, "Dublin Core", "DC", "Coding Scheme", "PS3.16", False, None
        ),
        "1.2.840.10008.2.16.11": UIDInfo(
            NYUMCCG,
            "New York University Melanoma Clinical Cooperative Group",
            "NYUMCCG",
            "Coding Scheme",
            "PS3.16",
            False,
            None,
        ),
        "1.2.840.10008.2.16.12": UIDInfo(
            MAYONRISBSASRG,
            "Mayo Clinic Non-radiological Images Specific Body Structure Anatomical Surface Region Guide",
            "MAYONRISBSASRG",
            "Coding Scheme",
            "PS3.16",
            False,
            None,
        ),
        "1.2.840.10008.2.16.13": UIDInfo(
            IBSI,
            "Image Biomarker Standardisation Initiative",
            "IBSI",
            "Coding Scheme",
            "PS3.16",
            False,
            None,
        ),
        "1.2.840.10008.2.16.14": UIDInfo(
            RO, "Radiomics Ontology", "RO", "Coding Scheme", "PS3.16", False, None
        ),
        "1.2.840.10008.2.16.15": UIDInfo(
            RADELEMENT, "RadElement", "RADELEMENT", "Coding Scheme", "PS3.16", False, None
        ),
        "1.2.840.10008.2.16.16": UIDInfo(
            I11, "ICD-11", "I11", "Coding Scheme", "PS3.16", False, None
        ),
        "1.2.840.10008.2.16.17": UIDInfo(
            UNS,
            "Unified numbering system (UNS) for metals and alloys",
            "UNS",
            "Coding Scheme",
            "PS3.16",
            False,
            None,
        ),
        "1.2.840.10008.2.16.18": UIDInfo(
            RRID, "Research Resource Identification", "RRID", "Coding Scheme", "PS3.16", False, None
        ),
        "1.2.840.10008.3.1.1.1": UIDInfo(
            DICOMApplicationContext,
            "DICOM Application Context Name",
            "DICOMApplicationContext",
            "Application Context Name",
            "PS3.7",
            False,
            None,
        ),
        "1.2.840.10008.3.1.2.1.1": UIDInfo(
            DetachedPatientManagement,
            "Detached Patient Management SOP Class (Retired)",
            "DetachedPatientManagement",
            "SOP Class",
            "PS3.4 (2004)",
            True,
            None,
        ),
        "1.2.840.10008.3.1.2.1.4": UIDInfo(
            DetachedPatientManagementMeta,
            "Detached Patient Management Meta SOP Class (Retired)",
            "DetachedPatientManagementMeta",
            "Meta SOP Class",
            "PS3.4 (2004)",
            True,
            None,
        ),
        "1.2.840.10008.3.1.2.2.1": UIDInfo(
            DetachedVisitManagement,
            "Detached Visit Management SOP Class (Retired)",
            "DetachedVisitManagement",
            "SOP Class",
            "PS3.4 (2004)",
            True,
            None,
        ),
        "1.2.840.10008.3.1.2.3.1": UIDInfo(
            DetachedStudyManagement,
            "Detached Study Management SOP Class (Retired)",
            "DetachedStudyManagement",
            "SOP Class",
            "PS3.4 (2004)",
            True,
            None,
        ),
        "1.2.840.10008.3.1.2.3.2": UIDInfo(
            StudyComponentManagement,
            "Study Component Management SOP Class (Retired)",
            "StudyComponentManagement",
            "SOP Class",
            "PS3.4 (2004)",
            True,
            None,
        ),
        "1.2.840.10008.3.1.2.3.3": UIDInfo(
            ModalityPerformedProcedureStep,
            "Modality Performed Procedure Step SOP Class",
            "ModalityPerformedProcedureStep",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.3.1.2.3.4": UIDInfo(
            ModalityPerformedProcedureStepRetrieve,
            "Modality Performed Procedure Step Retrieve SOP Class",
            "ModalityPerformedProcedureStepRetrieve",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.3.1.2.3.5": UIDInfo(
            ModalityPerformedProcedureStepNotification,
            "Modality Performed Procedure Step Notification SOP Class",
            "ModalityPerformedProcedureStepNotification",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.3.1.2.5.1": UIDInfo(
            DetachedResultsManagement,
            "Detached Results Management SOP Class (Retired)",
            "DetachedResultsManagement",
            "SOP Class",
            "PS3.4 (2004)",
            True,
            None,
        ),
        "1.2.840.10008.3.1.2.5.4": UIDInfo(
            DetachedResultsManagementMeta,
            "Detached Results Management Meta SOP Class (Retired)",
            "DetachedResultsManagementMeta",
            "Meta SOP Class",
            "PS3.4 (2004)",
            True,
            None,
        ),
        "1.2.840.10008.3.1.2.5.5": UIDInfo(
            DetachedStudyManagementMeta,
            "Detached Study Management Meta SOP Class (Retired)",
            "DetachedStudyManagementMeta",
            "Meta SOP Class",
            "PS3.4 (2004)",
            True,
            None,
        ),
        "1.2.840.10008.3.1.2.6.1": UIDInfo(
            DetachedInterpretationManagement,
            "Detached Interpretation Management SOP Class (Retired)",
            "DetachedInterpretationManagement",
            "SOP Class",
            "PS3.4 (2004)",
            True,
            None,
        ),
        "1.2.840.10008.4.2": UIDInfo(
            Storage, "Storage Service Class", "Storage", "Service Class", "PS3.4", False, None
        ),
        "1.2.840.10008.5.1.1.1": UIDInfo(
            BasicFilmSession,
            "Basic Film Session SOP Class",
            "BasicFilmSession",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.1.2": UIDInfo(
            BasicFilmBox,
            "Basic Film Box SOP Class",
            "BasicFilmBox",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.1.4": UIDInfo(
            BasicGrayscaleImageBox,
            "Basic Grayscale Image Box SOP Class",
            "BasicGrayscaleImageBox",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.1.4.1": UIDInfo(
            BasicColorImageBox,
            "Basic Color Image Box SOP Class",
            "BasicColorImageBox",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.1.4.2": UIDInfo(
            ReferencedImageBox,
            "Referenced Image Box SOP Class (Retired)",
            "ReferencedImageBox",
            "SOP Class",
            "PS3.4 (1998)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.1.9": UIDInfo(
            BasicGrayscalePrintManagementMeta,
            "Basic Grayscale Print Management Meta SOP Class",
            "BasicGrayscalePrintManagementMeta",
            "Meta SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.1.9.1": UIDInfo(
            ReferencedGrayscalePrintManagementMeta,
            "Referenced Grayscale Print Management Meta SOP Class (Retired)",
            "ReferencedGrayscalePrintManagementMeta",
            "Meta SOP Class",
            "PS3.4 (1998)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.1.14": UIDInfo(
            PrintJob, "Print Job SOP Class", "PrintJob", "SOP Class", "PS3.4", False, None
        ),
        "1.2.840.10008.5.1.1.15": UIDInfo(
            BasicAnnotationBox,
            "Basic Annotation Box SOP Class",
            "BasicAnnotationBox",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.1.16": UIDInfo(
            Printer, "Printer SOP Class", "Printer", "SOP Class", "PS3.4", False, None
        ),
        "1.2.840.10008.5.1.1.16.376": UIDInfo(
            PrinterConfigurationRetrieval,
            "Printer Configuration Retrieval SOP Class",
            "PrinterConfigurationRetrieval",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.1.17": UIDInfo(
            PrinterInstance,
            "Printer SOP Instance",
            "PrinterInstance",
            "Well-known SOP Instance",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.1.17.376": UIDInfo(
            PrinterConfigurationRetrievalInstance,
            "Printer Configuration Retrieval SOP Instance",
            "PrinterConfigurationRetrievalInstance",
            "Well-known SOP Instance",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.1.18": UIDInfo(
            BasicColorPrintManagementMeta,
            "Basic Color Print Management Meta SOP Class",
            "BasicColorPrintManagementMeta",
            "Meta SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.1.18.1": UIDInfo(
            ReferencedColorPrintManagementMeta,
            "Referenced Color Print Management Meta SOP Class (Retired)",
            "ReferencedColorPrintManagementMeta",
            "Meta SOP Class",
            "PS3.4 (1998)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.1.22": UIDInfo(
            VOILUTBox, "VOI LUT Box SOP Class", "VOILUTBox", "SOP Class", "PS3.4", False, None
        ),
        "1.2.840.10008.5.1.1.23": UIDInfo(
            PresentationLUT,
            "Presentation LUT SOP Class",
            "PresentationLUT",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.1.24": UIDInfo(
            ImageOverlayBox,
            "Image Overlay Box SOP Class (Retired)",
            "ImageOverlayBox",
            "SOP Class",
            "PS3.4 (1998)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.1.24.1": UIDInfo(
            BasicPrintImageOverlayBox,
            "Basic Print Image Overlay Box SOP Class (Retired)",
            "BasicPrintImageOverlayBox",
            "SOP Class",
            "PS3.4 (2004)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.1.25": UIDInfo(
            PrintQueueInstance,
            "Print Queue SOP Instance (Retired)",
            "PrintQueueInstance",
            "Well-known SOP Instance",
            "PS3.4 (2004)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.1.26": UIDInfo(
            PrintQueueManagement,
            "Print Queue Management SOP Class (Retired)",
            "PrintQueueManagement",
            "SOP Class",
            "PS3.4 (2004)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.1.27": UIDInfo(
            StoredPrintStorage,
            "Stored Print Storage SOP Class (Retired)",
            "StoredPrintStorage",
            "SOP Class",
            "PS3.4 (2004)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.1.29": UIDInfo(
            HardcopyGrayscaleImageStorage,
            "Hardcopy Grayscale Image Storage SOP Class (Retired)",
            "HardcopyGrayscaleImageStorage",
            "SOP Class",
            "PS3.4 (2004)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.1.30": UIDInfo(
            HardcopyColorImageStorage,
            "Hardcopy Color Image Storage SOP Class (Retired)",
            "HardcopyColorImageStorage",
            "SOP Class",
            "PS3.4 (2004)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.1.31": UIDInfo(
            PullPrintRequest,
            "Pull Print Request SOP Class (Retired)",
            "PullPrintRequest",
            "SOP Class",
            "PS3.4 (2004)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.1.32": UIDInfo(
            PullStoredPrintManagementMeta,
            "Pull Stored Print Management Meta SOP Class (Retired)",
            "PullStoredPrintManagementMeta",
            "Meta SOP Class",
            "PS3.4 (2004)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.1.33": UIDInfo(
            MediaCreationManagement,
            "Media Creation Management SOP Class UID",
            "MediaCreationManagement",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.1.40": UIDInfo(
            DisplaySystem,
            "Display System SOP Class",
            "DisplaySystem",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.1.40.1": UIDInfo(
            DisplaySystemInstance,
            "Display System SOP Instance",
            "DisplaySystemInstance",
            "Well-known SOP Instance",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.1.1.1": UIDInfo(
            ComputedRadiographyImageStorage,
            "Computed Radiography Image Storage",
            "ComputedRadiographyImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "ComputedRadiographyImage",
        ),
        "1.2.840.10008.5.1.4.1.1.1.1": UIDInfo(
            DigitalXRayImageStorageForPresentation,
            "Digital X-Ray Image Storage - For Presentation",
            "DigitalXRayImageStorageForPresentation",
            "SOP Class",
            "PS3.4",
            False,
            "DigitalXRayImage",
        ),
        "1.2.840.10008.5.1.4.1.1.1.1.1": UIDInfo(
            DigitalXRayImageStorageForProcessing,
            "Digital X-Ray Image Storage - For Processing",
            "DigitalXRayImageStorageForProcessing",
            "SOP Class",
            "PS3.4",
            False,
            "DigitalXRayImage",
        ),
        "1.2.840.10008.5.1.4.1.1.1.2": UIDInfo(
            DigitalMammographyXRayImageStorageForPresentation,
            "Digital Mammography X-Ray Image Storage - For Presentation",
            "DigitalMammographyXRayImageStorageForPresentation",
            "SOP Class",
            "PS3.4",
            False,
            "DigitalMammographyXRayImage",
        ),
        "1.2.840.10008.5.1.4.1.1.1.2.1": UIDInfo(
            DigitalMammographyXRayImageStorageForProcessing,
            "Digital Mammography X-Ray Image Storage - For Processing",
            "DigitalMammographyXRayImageStorageForProcessing",
            "SOP Class",
            "PS3.4",
            False,
            "DigitalMammographyXRayImage",
        ),
        "1.2.840.10008.5.1.4.1.1.1.3": UIDInfo(
            DigitalIntraOralXRayImageStorageForPresentation,
            "Digital Intra-Oral X-Ray Image Storage - For Presentation",
            "DigitalIntraOralXRayImageStorageForPresentation",
            "SOP Class",
            "PS3.4",
            False,
            "DigitalIntraOralXRayImage",
        ),
        "1.2.840.10008.5.1.4.1.1.1.3.1": UIDInfo(
            DigitalIntraOralXRayImageStorageForProcessing,
            "Digital Intra-Oral X-Ray Image Storage - For Processing",
            "DigitalIntraOralXRayImageStorageForProcessing",
            "SOP Class",
            "PS3.4",
            False,
            "DigitalIntraOralXRayImage",
        ),
        "1.2.840.10008.5.1.4.1.1.2": UIDInfo(
            CTImageStorage,
            "CT Image Storage",
            "CTImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "CTImage",
        ),
        "1.2.840.10008.5.1.4.1.1.2.1": UIDInfo(
            EnhancedCTImageStorage,
            "Enhanced CT Image Storage",
            "EnhancedCTImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "EnhancedCTImage",
        ),
        "1.2.840.10008.5.1.4.1.1.2.2": UIDInfo(
            LegacyConvertedEnhancedCTImageStorage,
            "Legacy Converted Enhanced CT Image Storage",
            "LegacyConvertedEnhancedCTImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "LegacyConvertedEnhancedCTImage",
        ),
        "1.2.840.10008.5.1.4.1.1.3": UIDInfo(
            UltrasoundMultiFrameImageStorageRetired,
            "Ultrasound Multi-frame Image Storage (Retired)",
            "UltrasoundMultiFrameImageStorageRetired",
            "SOP Class",
            "PS3.4 (1993)",
            True,
            "UltrasoundMultiFrameImage",
        ),
        "1.2.840.10008.5.1.4.1.1.3.1": UIDInfo(
            UltrasoundMultiFrameImageStorage,
            "Ultrasound Multi-frame Image Storage",
            "UltrasoundMultiFrameImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "UltrasoundMultiFrameImage",
        ),
        "1.2.840.10008.5.1.4.1.1.4": UIDInfo(
            MRImageStorage,
            "MR Image Storage",
            "MRImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "MRImage",
        ),
        "1.2.840.10008.5.1.4.1.1.4.1": UIDInfo(
            EnhancedMRImageStorage,
            "Enhanced MR Image Storage",
            "EnhancedMRImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "EnhancedMRImage",
        ),
        "1.2.840.10008.5.1.4.1.1.4.2": UIDInfo(
            MRSpectroscopyStorage,
            "MR Spectroscopy Storage",
            "MRSpectroscopyStorage",
            "SOP Class",
            "PS3.4",
            False,
            "MRSpectroscopy",
        ),
        "1.2.840.10008.5.1.4.1.1.4.3": UIDInfo(
            EnhancedMRColorImageStorage,
            "Enhanced MR Color Image Storage",
            "EnhancedMRColorImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "EnhancedMRColorImage",
        ),
        "1.2.840.10008.5.1.4.1.1.4.4": UIDInfo(
            LegacyConvertedEnhancedMRImageStorage,
            "Legacy Converted Enhanced MR Image Storage",
            "LegacyConvertedEnhancedMRImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "LegacyConvertedEnhancedMRImage",
        ),
        "1.2.840.10008.5.1.4.1.1.5": UIDInfo(
            NuclearMedicineImageStorageRetired,
            "Nuclear Medicine Image Storage (Retired)",
            "NuclearMedicineImageStorageRetired",
            "SOP Class",
            "PS3.4 (1993)",
            True,
            "NuclearMedicineImage",
        ),
        "1.2.840.10008.5.1.4.1.1.6": UIDInfo(
            UltrasoundImageStorageRetired,
            "Ultrasound Image Storage (Retired)",
            "UltrasoundImageStorageRetired",
            "SOP Class",
            "PS3.4 (1993)",
            True,
            "UltrasoundImage",
        ),
        "1.2.840.10008.5.1.4.1.1.6.1": UIDInfo(
            UltrasoundImageStorage,
            "Ultrasound Image Storage",
            "UltrasoundImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "UltrasoundImage",
        ),
        "1.2.840.10008.5.1.4.1.1.6.2": UIDInfo(
            EnhancedUSVolumeStorage,
            "Enhanced US Volume Storage",
            "EnhancedUSVolumeStorage",
            "SOP Class",
            "PS3.4",
            False,
            "EnhancedUSVolume",
        ),
        "1.2.840.10008.5.1.4.1.1.6.3": UIDInfo(
            PhotoacousticImageStorage,
            "Photoacoustic Image Storage",
            "PhotoacousticImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "PhotoacousticImage",
        ),
        "1.2.840.10008.5.1.4.1.1.7": UIDInfo(
            SecondaryCaptureImageStorage,
            "Secondary Capture Image Storage",
            "SecondaryCaptureImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "SecondaryCaptureImage",
        ),
        "1.2.840.10008.5.1.4.1.1.7.1": UIDInfo(
            MultiFrameSingleBitSecondaryCaptureImageStorage,
            "Multi-frame Single Bit Secondary Capture Image Storage",
            "MultiFrameSingleBitSecondaryCaptureImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "MultiFrameSingleBitSecondaryCaptureImage",
        ),
        "1.2.840.10008.5.1.4.1.1.7.2": UIDInfo(
            MultiFrameGrayscaleByteSecondaryCaptureImageStorage,
            "Multi-frame Grayscale Byte Secondary Capture Image Storage",
            "MultiFrameGrayscaleByteSecondaryCaptureImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "MultiFrameGrayscaleByteSecondaryCaptureImage",
        ),
        "1.2.840.10008.5.1.4.1.1.7.3": UIDInfo(
            MultiFrameGrayscaleWordSecondaryCaptureImageStorage,
            "Multi-frame Grayscale Word Secondary Capture Image Storage",
            "MultiFrameGrayscaleWordSecondaryCaptureImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "MultiFrameGrayscaleWordSecondaryCaptureImage",
        ),
        "1.2.840.10008.5.1.4.1.1.7.4": UIDInfo(
            MultiFrameTrueColorSecondaryCaptureImageStorage,
            "Multi-frame True Color Secondary Capture Image Storage",
            "MultiFrameTrueColorSecondaryCaptureImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "MultiFrameTrueColorSecondaryCaptureImage",
        ),
        "1.2.840.10008.5.1.4.1.1.8": UIDInfo(
            StandaloneOverlayStorage,
            "Standalone Overlay Storage (Retired)",
            "StandaloneOverlayStorage",
            "SOP Class",
            "PS3.4 (2004)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.4.1.1.9": UIDInfo(
            StandaloneCurveStorage,
            "Standalone Curve Storage (Retired)",
            "StandaloneCurveStorage",
            "SOP Class",
            "PS3.4 (2004)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.4.1.1.9.1": UIDInfo(
            WaveformStorageTrial,
            "Waveform Storage - Trial (Retired)",
            "WaveformStorageTrial",
            "SOP Class",
            "PS3.4 (2007)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.4.1.1.9.1.1": UIDInfo(
            TwelveLeadECGWaveformStorage,
            "12-lead ECG Waveform Storage",
            "TwelveLeadECGWaveformStorage",
            "SOP Class",
            "PS3.4",
            False,
            "TwelveLeadECG",
        ),
        "1.2.840.10008.5.1.4.1.1.9.1.2": UIDInfo(
            GeneralECGWaveformStorage,
            "General ECG Waveform Storage",
            "GeneralECGWaveformStorage",
            "SOP Class",
            "PS3.4",
            False,
            "GeneralECG",
        ),
        "1.2.840.10008.5.1.4.1.1.9.1.3": UIDInfo(
            AmbulatoryECGWaveformStorage,
            "Ambulatory ECG Waveform Storage",
            "AmbulatoryECGWaveformStorage",
            "SOP Class",
            "PS3.4",
            False,
            "AmbulatoryECG",
        ),
        "1.2.840.10008.5.1.4.1.1.9.1.4": UIDInfo(
            General32bitECGWaveformStorage,
            "General 32-bit ECG Waveform Storage",
            "General32bitECGWaveformStorage",
            "SOP Class",
            "PS3.4",
            False,
            "General32BitECG",
        ),
        "1.2.840.10008.5.1.4.1.1.9.2.1": UIDInfo(
            HemodynamicWaveformStorage,
            "Hemodynamic Waveform Storage",
            "HemodynamicWaveformStorage",
            "SOP Class",
            "PS3.4",
            False,
            "HemodynamicWaveform",
        ),
        "1.2.840.10008.5.1.4.1.1.9.3.1": UIDInfo(
            CardiacElectrophysiologyWaveformStorage,
            "Cardiac Electrophysiology Waveform Storage",
            "CardiacElectrophysiologyWaveformStorage",
            "SOP Class",
            "PS3.4",
            False,
            "BasicCardiacElectrophysiologyWaveform",
        ),
        "1.2.840.10008.5.1.4.1.1.9.4.1": UIDInfo(
            BasicVoiceAudioWaveformStorage,
            "Basic Voice Audio Waveform Storage",
            "BasicVoiceAudioWaveformStorage",
            "SOP Class",
            "PS3.4",
            False,
            "BasicVoiceAudioWaveform",
        ),
        "1.2.840.10008.5.1.4.1.1.9.4.2": UIDInfo(
            GeneralAudioWaveformStorage,
            "General Audio Waveform Storage",
            "GeneralAudioWaveformStorage",
            "SOP Class",
            "PS3.4",
            False,
            "GeneralAudioWaveform",
        ),
        "1.2.840.10008.5.1.4.1.1.9.5.1": UIDInfo(
            ArterialPulseWaveformStorage,
            "Arterial Pulse Waveform Storage",
            "ArterialPulseWaveformStorage",
            "SOP Class",
            "PS3.4",
            False,
            "ArterialPulseWaveform",
        ),
        "1.2.840.10008.5.1.4.1.1.9.6.1": UIDInfo(
            RespiratoryWaveformStorage,
            "Respiratory Waveform Storage",
            "RespiratoryWaveformStorage",
            "SOP Class",
            "PS3.4",
            False,
            "RespiratoryWaveform",
        ),
        "1.2.840.10008.5.1.4.1.1.9.6.2": UIDInfo(
            MultichannelRespiratoryWaveformStorage,
            "Multi-channel Respiratory Waveform Storage",
            "MultichannelRespiratoryWaveformStorage",
            "SOP Class",
            "PS3.4",
            False,
            "MultiChannelRespiratoryWaveform",
        ),
        "1.2.840.10008.5.1.4.1.1.9.7.1": UIDInfo(
            RoutineScalpElectroencephalogramWaveformStorage,
            "Routine Scalp Electroencephalogram Waveform Storage",
            "RoutineScalpElectroencephalogramWaveformStorage",
            "SOP Class",
            "PS3.4",
            False,
            "RoutineScalpElectroencephalogram",
        ),
        "1.2.840.10008.5.1.4.1.1.9.7.2": UIDInfo(
            ElectromyogramWaveformStorage,
            "Electromyogram Waveform Storage",
            "ElectromyogramWaveformStorage",
            "SOP Class",
            "PS3.4",
            False,
            "Electromyogram",
        ),
        "1.2.840.10008.5.1.4.1.1.9.7.3": UIDInfo(
            ElectrooculogramWaveformStorage,
            "Electrooculogram Waveform Storage",
            "ElectrooculogramWaveformStorage",
            "SOP Class",
            "PS3.4",
            False,
            "Electrooculogram",
        ),
        "1.2.840.10008.5.1.4.1.1.9.7.4": UIDInfo(
            SleepElectroencephalogramWaveformStorage,
            "Sleep Electroencephalogram Waveform Storage",
            "SleepElectroencephalogramWaveformStorage",
            "SOP Class",
            "PS3.4",
            False,
            "SleepElectroencephalogram",
        ),
        "1.2.840.10008.5.1.4.1.1.9.8.1": UIDInfo(
            BodyPositionWaveformStorage,
            "Body Position Waveform Storage",
            "BodyPositionWaveformStorage",
            "SOP Class",
            "PS3.4",
            False,
            "BodyPositionWaveform",
        ),
        "1.2.840.10008.5.1.4.1.1.10": UIDInfo(
            StandaloneModalityLUTStorage,
            "Standalone Modality LUT Storage (Retired)",
            "StandaloneModalityLUTStorage",
            "SOP Class",
            "PS3.4 (2004)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.4.1.1.11": UIDInfo(
            StandaloneVOILUTStorage,
            "Standalone VOI LUT Storage (Retired)",
            "StandaloneVOILUTStorage",
            "SOP Class",
            "PS3.4 (2004)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.4.1.1.11.1": UIDInfo(
            GrayscaleSoftcopyPresentationStateStorage,
            "Grayscale Softcopy Presentation State Storage",
            "GrayscaleSoftcopyPresentationStateStorage",
            "SOP Class",
            "PS3.4",
            False,
            "GrayscaleSoftcopyPresentationState",
        ),
        "1.2.840.10008.5.1.4.1.1.11.2": UIDInfo(
            ColorSoftcopyPresentationStateStorage,
            "Color Softcopy Presentation State Storage",
            "ColorSoftcopyPresentationStateStorage",
            "SOP Class",
            "PS3.4",
            False,
            "ColorSoftcopyPresentationState",
        ),
        "1.2.840.10008.5.1.4.1.1.11.3": UIDInfo(
            PseudoColorSoftcopyPresentationStateStorage,
            "Pseudo-Color Softcopy Presentation State Storage",
            "PseudoColorSoftcopyPresentationStateStorage",
            "SOP Class",
            "PS3.4",
            False,
            "PseudoColorSoftcopyPresentationState",
        ),
        "1.2.840.10008.5.1.4.1.1.11.4": UIDInfo(
            BlendingSoftcopyPresentationStateStorage,
            "Blending Softcopy Presentation State Storage",
            "BlendingSoftcopyPresentationStateStorage",
            "SOP Class",
            "PS3.4",
            False,
            "BlendingSoftcopyPresentationState",
        ),
        "1.2.840.10008.5.1.4.1.1.11.5": UIDInfo(
            XAXRFGrayscaleSoftcopyPresentationStateStorage,
            "XA/XRF Grayscale Softcopy Presentation State Storage",
            "XAXRFGrayscaleSoftcopyPresentationStateStorage",
            "SOP Class",
            "PS3.4",
            False,
            "XAXRFGrayscaleSoftcopyPresentationState",
        ),
        "1.2.840.10008.5.1.4.1.1.11.6": UIDInfo(
            GrayscalePlanarMPRVolumetricPresentationStateStorage,
            "Grayscale Planar MPR Volumetric Presentation State Storage",
            "GrayscalePlanarMPRVolumetricPresentationStateStorage",
            "SOP Class",
            "PS3.4",
            False,
            "PlanarMPRVolumetricPresentationState",
        ),
        "1.2.840.10008.5.1.4.1.1.11.7": UIDInfo(
            CompositingPlanarMPRVolumetricPresentationStateStorage,
            "Compositing Planar MPR Volumetric Presentation State Storage",
            "CompositingPlanarMPRVolumetricPresentationStateStorage",
            "SOP Class",
            "PS3.4",
            False,
            "PlanarMPRVolumetricPresentationState",
        ),
        "1.2.840.10008.5.1.4.1.1.11.8": UIDInfo(
            AdvancedBlendingPresentationStateStorage,
            "Advanced Blending Presentation State Storage",
            "AdvancedBlendingPresentationStateStorage",
            "SOP Class",
            "PS3.4",
            False,
            "AdvancedBlendingPresentationState",
        ),
        "1.2.840.10008.5.1.4.1.1.11.9": UIDInfo(
            VolumeRenderingVolumetricPresentationStateStorage,
            "Volume Rendering Volumetric Presentation State Storage",
            "VolumeRenderingVolumetricPresentationStateStorage",
            "SOP Class",
            "PS3.4",
            False,
            "VolumeRenderingVolumetricPresentationState",
        ),
        "1.2.840.10008.5.1.4.1.1.11.10": UIDInfo(
            SegmentedVolumeRenderingVolumetricPresentationStateStorage,
            "Segmented Volume Rendering Volumetric Presentation State Storage",
            "SegmentedVolumeRenderingVolumetricPresentationStateStorage",
            "SOP Class",
            "PS3.4",
            False,
            "VolumeRenderingVolumetricPresentationState",
        ),
        "1.2.840.10008.5.1.4.1.1.11.11": UIDInfo(
            MultipleVolumeRenderingVolumetricPresentationStateStorage,
            "Multiple Volume Rendering Volumetric Presentation State Storage",
            "MultipleVolumeRenderingVolumetricPresentationStateStorage",
            "SOP Class",
            "PS3.4",
            False,
            "VolumeRenderingVolumetricPresentationState",
        ),
        "1.2.840.10008.5.1.4.1.1.11.12": UIDInfo(
            VariableModalityLUTSoftcopyPresentationStateStorage,
            "Variable Modality LUT Softcopy Presentation State Storage",
            "VariableModalityLUTSoftcopyPresentationStateStorage",
            "SOP Class",
            "PS3.4",
            False,
            "VariableModalityLUTSoftcopyPresentationState",
        ),
        "1.2.840.10008.5.1.4.1.1.12.1": UIDInfo(
            XRayAngiographicImageStorage,
            "X-Ray Angiographic Image Storage",
            "XRayAngiographicImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "XRayAngiographicImage",
        ),
        "1.2.840.10008.5.1.4.1.1.12.1.1": UIDInfo(
            EnhancedXAImageStorage,
            "Enhanced XA Image Storage",
            "EnhancedXAImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "EnhancedXAImage",
        ),
        "1.2.840.10008.5.1.4.1.1.12.2": UIDInfo(
            XRayRadiofluoroscopicImageStorage,
            "X-Ray Radiofluoroscopic Image Storage",
            "XRayRadiofluoroscopicImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "XRayRadiofluoroscopicImage",
        ),
        "1.2.840.10008.5.1.4.1.1.12.2.1": UIDInfo(
            EnhancedXRFImageStorage,
            "Enhanced XRF Image Storage",
            "EnhancedXRFImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "EnhancedXRFImage",
        ),
        "1.2.840.10008.5.1.4.1.1.12.3": UIDInfo(
            XRayAngiographicBiPlaneImageStorage,
            "X-Ray Angiographic Bi-Plane Image Storage (Retired)",
            "XRayAngiographicBiPlaneImageStorage",
            "SOP Class",
            "PS3.4 (1998)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.4.1.1.12.77": UIDInfo(
            UID("1.2.840.10008.5.1.4.1.1.12.77"),
            "(Retired)",
            "",
            "SOP Class",
            "(2015c)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.4.1.1.13.1.1": UIDInfo(
            XRay3DAngiographicImageStorage,
            "X-Ray 3D Angiographic Image Storage",
            "XRay3DAngiographicImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "XRay3DAngiographicImage",
        ),
        "1.2.840.10008.5.1.4.1.1.13.1.2": UIDInfo(
            XRay3DCraniofacialImageStorage,
            "X-Ray 3D Craniofacial Image Storage",
            "XRay3DCraniofacialImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "XRay3DCraniofacialImage",
        ),
        "1.2.840.10008.5.1.4.1.1.13.1.3": UIDInfo(
            BreastTomosynthesisImageStorage,
            "Breast Tomosynthesis Image Storage",
            "BreastTomosynthesisImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "BreastTomosynthesisImage",
        ),
        "1.2.840.10008.5.1.4.1.1.13.1.4": UIDInfo(
            BreastProjectionXRayImageStorageForPresentation,
            "Breast Projection X-Ray Image Storage - For Presentation",
            "BreastProjectionXRayImageStorageForPresentation",
            "SOP Class",
            "PS3.4",
            False,
            "BreastProjectionXRayImage",
        ),
        "1.2.840.10008.5.1.4.1.1.13.1.5": UIDInfo(
            BreastProjectionXRayImageStorageForProcessing,
            "Breast Projection X-Ray Image Storage - For Processing",
            "BreastProjectionXRayImageStorageForProcessing",
            "SOP Class",
            "PS3.4",
            False,
            "BreastProjectionXRayImage",
        ),
        "1.2.840.10008.5.1.4.1.1.14.1": UIDInfo(
            IntravascularOpticalCoherenceTomographyImageStorageForPresentation,
            "Intravascular Optical Coherence Tomography Image Storage - For Presentation",
            "IntravascularOpticalCoherenceTomographyImageStorageForPresentation",
            "SOP Class",
            "PS3.4",
            False,
            "IntravascularOpticalCoherenceTomographyImage",
        ),
        "1.2.840.10008.5.1.4.1.1.14.2": UIDInfo(
            IntravascularOpticalCoherenceTomographyImageStorageForProcessing,
            "Intravascular Optical Coherence Tomography Image Storage - For Processing",
            "IntravascularOpticalCoherenceTomographyImageStorageForProcessing",
            "SOP Class",
            "PS3.4",
            False,
            "IntravascularOpticalCoherenceTomographyImage",
        ),
        "1.2.840.10008.5.1.4.1.1.20": UIDInfo(
            NuclearMedicineImageStorage,
            "Nuclear Medicine Image Storage",
            "NuclearMedicineImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "NuclearMedicineImage",
        ),
        "1.2.840.10008.5.1.4.1.1.30": UIDInfo(
            ParametricMapStorage,
            "Parametric Map Storage",
            "ParametricMapStorage",
            "SOP Class",
            "PS3.4",
            False,
            "ParametricMap",
        ),
        "1.2.840.10008.5.1.4.1.1.40": UIDInfo(
            UID("1.2.840.10008.5.1.4.1.1.40"), "(Retired)", "", "SOP Class", "(2015c)", True, None
        ),
        "1.2.840.10008.5.1.4.1.1.66": UIDInfo(
            RawDataStorage,
            "Raw Data Storage",
            "RawDataStorage",
            "SOP Class",
            "PS3.4",
            False,
            "RawData",
        ),
        "1.2.840.10008.5.1.4.1.1.66.1": UIDInfo(
            SpatialRegistrationStorage,
            "Spatial Registration Storage",
            "SpatialRegistrationStorage",
            "SOP Class",
            "PS3.4",
            False,
            "SpatialRegistration",
        ),
        "1.2.840.10008.5.1.4.1.1.66.2": UIDInfo(
            SpatialFiducialsStorage,
            "Spatial Fiducials Storage",
            "SpatialFiducialsStorage",
            "SOP Class",
            "PS3.4",
            False,
            "SpatialFiducials",
        ),
        "1.2.840.10008.5.1.4.1.1.66.3": UIDInfo(
            DeformableSpatialRegistrationStorage,
            "Deformable Spatial Registration Storage",
            "DeformableSpatialRegistrationStorage",
            "SOP Class",
            "PS3.4",
            False,
            "DeformableSpatialRegistration",
        ),
        "1.2.840.10008.5.1.4.1.1.66.4": UIDInfo(
            SegmentationStorage,
            "Segmentation Storage",
            "SegmentationStorage",
            "SOP Class",
            "PS3.4",
            False,
            "Segmentation",
        ),
        "1.2.840.10008.5.1.4.1.1.66.5": UIDInfo(
            SurfaceSegmentationStorage,
            "Surface Segmentation Storage",
            "SurfaceSegmentationStorage",
            "SOP Class",
            "PS3.4",
            False,
            "SurfaceSegmentation",
        ),
        "1.2.840.10008.5.1.4.1.1.66.6": UIDInfo(
            TractographyResultsStorage,
            "Tractography Results Storage",
            "TractographyResultsStorage",
            "SOP Class",
            "PS3.4",
            False,
            "TractographyResults",
        ),
        "1.2.840.10008.5.1.4.1.1.66.7": UIDInfo(
            LabelMapSegmentationStorage,
            "Label Map Segmentation Storage",
            "LabelMapSegmentationStorage",
            "SOP Class",
            "PS3.4",
            False,
            "Segmentation",
        ),
        "1.2.840.10008.5.1.4.1.1.67": UIDInfo(
            RealWorldValueMappingStorage,
            "Real World Value Mapping Storage",
            "RealWorldValueMappingStorage",
            "SOP Class",
            "PS3.4",
            False,
            "RealWorldValueMapping",
        ),
        "1.2.840.10008.5.1.4.1.1.68.1": UIDInfo(
            SurfaceScanMeshStorage,
            "Surface Scan Mesh Storage",
            "SurfaceScanMeshStorage",
            "SOP Class",
            "PS3.4",
            False,
            "SurfaceScanMesh",
        ),
        "1.2.840.10008.5.1.4.1.1.68.2": UIDInfo(
            SurfaceScanPointCloudStorage,
            "Surface Scan Point Cloud Storage",
            "SurfaceScanPointCloudStorage",
            "SOP Class",
            "PS3.4",
            False,
            "SurfaceScanPointCloud",
        ),
        "1.2.840.10008.5.1.4.1.1.77.1": UIDInfo(
            VLImageStorageTrial,
            "VL Image Storage - Trial (Retired)",
            "VLImageStorageTrial",
            "SOP Class",
            "PS3.4 (1998)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.4.1.1.77.2": UIDInfo(
            VLMultiFrameImageStorageTrial,
            "VL Multi-frame Image Storage - Trial (Retired)",
            "VLMultiFrameImageStorageTrial",
            "SOP Class",
            "PS3.4 (1998)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.4.1.1.77.1.1": UIDInfo(
            VLEndoscopicImageStorage,
            "VL Endoscopic Image Storage",
            "VLEndoscopicImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "VLEndoscopicImage",
        ),
        "1.2.840.10008.5.1.4.1.1.77.1.1.1": UIDInfo(
            VideoEndoscopicImageStorage,
            "Video Endoscopic Image Storage",
            "VideoEndoscopicImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "VideoEndoscopicImage",
        ),
        "1.2.840.10008.5.1.4.1.1.77.1.2": UIDInfo(
            VLMicroscopicImageStorage,
            "VL Microscopic Image Storage",
            "VLMicroscopicImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "VLMicroscopicImage",
        ),
        "1.2.840.10008.5.1.4.1.1.77.1.2.1": UIDInfo(
            VideoMicroscopicImageStorage,
            "Video Microscopic Image Storage",
            "VideoMicroscopicImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "VideoMicroscopicImage",
        ),
        "1.2.840.10008.5.1.4.1.1.77.1.3": UIDInfo(
            VLSlideCoordinatesMicroscopicImageStorage,
            "VL Slide-Coordinates Microscopic Image Storage",
            "VLSlideCoordinatesMicroscopicImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "VLSlideCoordinatesMicroscopicImage",
        ),
        "1.2.840.10008.5.1.4.1.1.77.1.4": UIDInfo(
            VLPhotographicImageStorage,
            "VL Photographic Image Storage",
            "VLPhotographicImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "VLPhotographicImage",
        ),
        "1.2.840.10008.5.1.4.1.1.77.1.4.1": UIDInfo(
            VideoPhotographicImageStorage,
            "Video Photographic Image Storage",
            "VideoPhotographicImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "VideoPhotographicImage",
        ),
        "1.2.840.10008.5.1.4.1.1.77.1.5.1": UIDInfo(
            OphthalmicPhotography8BitImageStorage,
            "Ophthalmic Photography 8 Bit Image Storage",
            "OphthalmicPhotography8BitImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "OphthalmicPhotography8BitImage",
        ),
        "1.2.840.10008.5.1.4.1.1.77.1.5.2": UIDInfo(
            OphthalmicPhotography16BitImageStorage,
            "Ophthalmic Photography 16 Bit Image Storage",
            "OphthalmicPhotography16BitImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "OphthalmicPhotography16BitImage",
        ),
        "1.2.840.10008.5.1.4.1.1.77.1.5.3": UIDInfo(
            StereometricRelationshipStorage,
            "Stereometric Relationship Storage",
            "StereometricRelationshipStorage",
            "SOP Class",
            "PS3.4",
            False,
            "StereometricRelationship",
        ),
        "1.2.840.10008.5.1.4.1.1.77.1.5.4": UIDInfo(
            OphthalmicTomographyImageStorage,
            "Ophthalmic Tomography Image Storage",
            "OphthalmicTomographyImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "OphthalmicTomographyImage",
        ),
        "1.2.840.10008.5.1.4.1.1.77.1.5.5": UIDInfo(
            WideFieldOphthalmicPhotographyStereographicProjectionImageStorage,
            "Wide Field Ophthalmic Photography Stereographic Projection Image Storage",
            "WideFieldOphthalmicPhotographyStereographicProjectionImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "WideFieldOphthalmicPhotographyStereographicProjectionImage",
        ),
        "1.2.840.10008.5.1.4.1.1.77.1.5.6": UIDInfo(
            WideFieldOphthalmicPhotography3DCoordinatesImageStorage,
            "Wide Field Ophthalmic Photography 3D Coordinates Image Storage",
            "WideFieldOphthalmicPhotography3DCoordinatesImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "WideFieldOphthalmicPhotography3DCoordinatesImage",
        ),
        "1.2.840.10008.5.1.4.1.1.77.1.5.7": UIDInfo(
            OphthalmicOpticalCoherenceTomographyEnFaceImageStorage,
            "Ophthalmic Optical Coherence Tomography En Face Image Storage",
            "OphthalmicOpticalCoherenceTomographyEnFaceImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "OphthalmicOpticalCoherenceTomographyEnFaceImage",
        ),
        "1.2.840.10008.5.1.4.1.1.77.1.5.8": UIDInfo(
            OphthalmicOpticalCoherenceTomographyBscanVolumeAnalysisStorage,
            "Ophthalmic Optical Coherence Tomography B-scan Volume Analysis Storage",
            "OphthalmicOpticalCoherenceTomographyBscanVolumeAnalysisStorage",
            "SOP Class",
            "PS3.4",
            False,
            "OphthalmicOpticalCoherenceTomographyBScanVolumeAnalysis",
        ),
        "1.2.840.10008.5.1.4.1.1.77.1.6": UIDInfo(
            VLWholeSlideMicroscopyImageStorage,
            "VL Whole Slide Microscopy Image Storage",
            "VLWholeSlideMicroscopyImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "VLWholeSlideMicroscopyImage",
        ),
        "1.2.840.10008.5.1.4.1.1.77.1.7": UIDInfo(
            DermoscopicPhotographyImageStorage,
            "Dermoscopic Photography Image Storage",
            "DermoscopicPhotographyImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "DermoscopicPhotographyImage",
        ),
        "1.2.840.10008.5.1.4.1.1.77.1.8": UIDInfo(
            ConfocalMicroscopyImageStorage,
            "Confocal Microscopy Image Storage",
            "ConfocalMicroscopyImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "ConfocalMicroscopyImage",
        ),
        "1.2.840.10008.5.1.4.1.1.77.1.9": UIDInfo(
            ConfocalMicroscopyTiledPyramidalImageStorage,
            "Confocal Microscopy Tiled Pyramidal Image Storage",
            "ConfocalMicroscopyTiledPyramidalImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "ConfocalMicroscopyTiledPyramidalImage",
        ),
        "1.2.840.10008.5.1.4.1.1.78.1": UIDInfo(
            LensometryMeasurementsStorage,
            "Lensometry Measurements Storage",
            "LensometryMeasurementsStorage",
            "SOP Class",
            "PS3.4",
            False,
            "LensometryMeasurements",
        ),
        "1.2.840.10008.5.1.4.1.1.78.2": UIDInfo(
            AutorefractionMeasurementsStorage,
            "Autorefraction Measurements Storage",
            "AutorefractionMeasurementsStorage",
            "SOP Class",
            "PS3.4",
            False,
            "AutorefractionMeasurements",
        ),
        "1.2.840.10008.5.1.4.1.1.78.3": UIDInfo(
            KeratometryMeasurementsStorage,
            "Keratometry Measurements Storage",
            "KeratometryMeasurementsStorage",
            "SOP Class",
            "PS3.4",
            False,
            "KeratometryMeasurements",
        ),
        "1.2.840.10008.5.1.4.1.1.78.4": UIDInfo(
            SubjectiveRefractionMeasurementsStorage,
            "Subjective Refraction Measurements Storage",
            "SubjectiveRefractionMeasurementsStorage",
            "SOP Class",
            "PS3.4",
            False,
            "SubjectiveRefractionMeasurements",
        ),
        "1.2.840.10008.5.1.4.1.1.78.5": UIDInfo(
            VisualAcuityMeasurementsStorage,
            "Visual Acuity Measurements Storage",
            "VisualAcuityMeasurementsStorage",
            "SOP Class",
            "PS3.4",
            False,
            "VisualAcuityMeasurements",
        ),
        "1.2.840.10008.5.1.4.1.1.78.6": UIDInfo(
            SpectaclePrescriptionReportStorage,
            "Spectacle Prescription Report Storage",
            "SpectaclePrescriptionReportStorage",
            "SOP Class",
            "PS3.4",
            False,
            "SpectaclePrescriptionReport",
        ),
        "1.2.840.10008.5.1.4.1.1.78.7": UIDInfo(
            OphthalmicAxialMeasurementsStorage,
            "Ophthalmic Axial Measurements Storage",
            "OphthalmicAxialMeasurementsStorage",
            "SOP Class",
            "PS3.4",
            False,
            "OphthalmicAxialMeasurements",
        ),
        "1.2.840.10008.5.1.4.1.1.78.8": UIDInfo(
            IntraocularLensCalculationsStorage,
            "Intraocular Lens Calculations Storage",
            "IntraocularLensCalculationsStorage",
            "SOP Class",
            "PS3.4",
            False,
            "IntraocularLensCalculations",
        ),
        "1.2.840.10008.5.1.4.1.1.79.1": UIDInfo(
            MacularGridThicknessAndVolumeReportStorage,
            "Macular Grid Thickness and Volume Report Storage",
            "MacularGridThicknessAndVolumeReportStorage",
            "SOP Class",
            "PS3.4",
            False,
            "MacularGridThicknessAndVolumeReport",
        ),
        "1.2.840.10008.5.1.4.1.1.80.1": UIDInfo(
            OphthalmicVisualFieldStaticPerimetryMeasurementsStorage,
            "Ophthalmic Visual Field Static Perimetry Measurements Storage",
            "OphthalmicVisualFieldStaticPerimetryMeasurementsStorage",
            "SOP Class",
            "PS3.4",
            False,
            "OphthalmicVisualFieldStaticPerimetryMeasurements",
        ),
        "1.2.840.10008.5.1.4.1.1.81.1": UIDInfo(
            OphthalmicThicknessMapStorage,
            "Ophthalmic Thickness Map Storage",
            "OphthalmicThicknessMapStorage",
            "SOP Class",
            "PS3.4",
            False,
            "OphthalmicThicknessMap",
        ),
        "1.2.840.10008.5.1.4.1.1.82.1": UIDInfo(
            CornealTopographyMapStorage,
            "Corneal Topography Map Storage",
            "CornealTopographyMapStorage",
            "SOP Class",
            "PS3.4",
            False,
            "CornealTopographyMap",
        ),
        "1.2.840.10008.5.1.4.1.1.88.1": UIDInfo(
            TextSRStorageTrial,
            "Text SR Storage - Trial (Retired)",
            "TextSRStorageTrial",
            "SOP Class",
            "PS3.4 (2007)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.4.1.1.88.2": UIDInfo(
            AudioSRStorageTrial,
            "Audio SR Storage - Trial (Retired)",
            "AudioSRStorageTrial",
            "SOP Class",
            "PS3.4 (2007)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.4.1.1.88.3": UIDInfo(
            DetailSRStorageTrial,
            "Detail SR Storage - Trial (Retired)",
            "DetailSRStorageTrial",
            "SOP Class",
            "PS3.4 (2007)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.4.1.1.88.4": UIDInfo(
            ComprehensiveSRStorageTrial,
            "Comprehensive SR Storage - Trial (Retired)",
            "ComprehensiveSRStorageTrial",
            "SOP Class",
            "PS3.4 (2007)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.4.1.1.88.11": UIDInfo(
            BasicTextSRStorage,
            "Basic Text SR Storage",
            "BasicTextSRStorage",
            "SOP Class",
            "PS3.4",
            False,
            "BasicTextSR",
        ),
        "1.2.840.10008.5.1.4.1.1.88.22": UIDInfo(
            EnhancedSRStorage,
            "Enhanced SR Storage",
            "EnhancedSRStorage",
            "SOP Class",
            "PS3.4",
            False,
            "EnhancedSR",
        ),
        "1.2.840.10008.5.1.4.1.1.88.33": UIDInfo(
            ComprehensiveSRStorage,
            "Comprehensive SR Storage",
            "ComprehensiveSRStorage",
            "SOP Class",
            "PS3.4",
            False,
            "ComprehensiveSR",
        ),
        "1.2.840.10008.5.1.4.1.1.88.34": UIDInfo(
            Comprehensive3DSRStorage,
            "Comprehensive 3D SR Storage",
            "Comprehensive3DSRStorage",
            "SOP Class",
            "PS3.4",
            False,
            "Comprehensive3DSR",
        ),
        "1.2.840.10008.5.1.4.1.1.88.35": UIDInfo(
            ExtensibleSRStorage,
            "Extensible SR Storage",
            "ExtensibleSRStorage",
            "SOP Class",
            "PS3.4",
            False,
            "ExtensibleSR",
        ),
        "1.2.840.10008.5.1.4.1.1.88.40": UIDInfo(
            ProcedureLogStorage,
            "Procedure Log Storage",
            "ProcedureLogStorage",
            "SOP Class",
            "PS3.4",
            False,
            "ProcedureLog",
        ),
        "1.2.840.10008.5.1.4.1.1.88.50": UIDInfo(
            MammographyCADSRStorage,
            "Mammography CAD SR Storage",
            "MammographyCADSRStorage",
            "SOP Class",
            "PS3.4",
            False,
            "MammographyCADSR",
        ),
        "1.2.840.10008.5.1.4.1.1.88.59": UIDInfo(
            KeyObjectSelectionDocumentStorage,
            "Key Object Selection Document Storage",
            "KeyObjectSelectionDocumentStorage",
            "SOP Class",
            "PS3.4",
            False,
            "KeyObjectSelectionDocument",
        ),
        "1.2.840.10008.5.1.4.1.1.88.65": UIDInfo(
            ChestCADSRStorage,
            "Chest CAD SR Storage",
            "ChestCADSRStorage",
            "SOP Class",
            "PS3.4",
            False,
            "ChestCADSR",
        ),
        "1.2.840.10008.5.1.4.1.1.88.67": UIDInfo(
            XRayRadiationDoseSRStorage,
            "X-Ray Radiation Dose SR Storage",
            "XRayRadiationDoseSRStorage",
            "SOP Class",
            "PS3.4",
            False,
            "XRayRadiationDoseSR",
        ),
        "1.2.840.10008.5.1.4.1.1.88.68": UIDInfo(
            RadiopharmaceuticalRadiationDoseSRStorage,
            "Radiopharmaceutical Radiation Dose SR Storage",
            "RadiopharmaceuticalRadiationDoseSRStorage",
            "SOP Class",
            "PS3.4",
            False,
            "RadiopharmaceuticalRadiationDoseSR",
        ),
        "1.2.840.10008.5.1.4.1.1.88.69": UIDInfo(
            ColonCADSRStorage,
            "Colon CAD SR Storage",
            "ColonCADSRStorage",
            "SOP Class",
            "PS3.4",
            False,
            "ColonCADSR",
        ),
        "1.2.840.10008.5.1.4.1.1.88.70": UIDInfo(
            ImplantationPlanSRStorage,
            "Implantation Plan SR Storage",
            "ImplantationPlanSRStorage",
            "SOP Class",
            "PS3.4",
            False,
            "ImplantationPlanSRDocument",
        ),
        "1.2.840.10008.5.1.4.1.1.88.71": UIDInfo(
            AcquisitionContextSRStorage,
            "Acquisition Context SR Storage",
            "AcquisitionContextSRStorage",
            "SOP Class",
            "PS3.4",
            False,
            "AcquisitionContextSR",
        ),
        "1.2.840.10008.5.1.4.1.1.88.72": UIDInfo(
            SimplifiedAdultEchoSRStorage,
            "Simplified Adult Echo SR Storage",
            "SimplifiedAdultEchoSRStorage",
            "SOP Class",
            "PS3.4",
            False,
            "SimplifiedAdultEchoSR",
        ),
        "1.2.840.10008.5.1.4.1.1.88.73": UIDInfo(
            PatientRadiationDoseSRStorage,
            "Patient Radiation Dose SR Storage",
            "PatientRadiationDoseSRStorage",
            "SOP Class",
            "PS3.4",
            False,
            "PatientRadiationDoseSR",
        ),
        "1.2.840.10008.5.1.4.1.1.88.74": UIDInfo(
            PlannedImagingAgentAdministrationSRStorage,
            "Planned Imaging Agent Administration SR Storage",
            "PlannedImagingAgentAdministrationSRStorage",
            "SOP Class",
            "PS3.4",
            False,
            "PlannedImagingAgentAdministrationSR",
        ),
        "1.2.840.10008.5.1.4.1.1.88.75": UIDInfo(
            PerformedImagingAgentAdministrationSRStorage,
            "Performed Imaging Agent Administration SR Storage",
            "PerformedImagingAgentAdministrationSRStorage",
            "SOP Class",
            "PS3.4",
            False,
            "PerformedImagingAgentAdministrationSR",
        ),
        "1.2.840.10008.5.1.4.1.1.88.76": UIDInfo(
            EnhancedXRayRadiationDoseSRStorage,
            "Enhanced X-Ray Radiation Dose SR Storage",
            "EnhancedXRayRadiationDoseSRStorage",
            "SOP Class",
            "PS3.4",
            False,
            "EnhancedXRayRadiationDoseSR",
        ),
        "1.2.840.10008.5.1.4.1.1.88.77": UIDInfo(
            WaveformAnnotationSRStorage,
            "Waveform Annotation SR Storage",
            "WaveformAnnotationSRStorage",
            "SOP Class",
            "PS3.4",
            False,
            "WaveformAnnotationSR",
        ),
        "1.2.840.10008.5.1.4.1.1.90.1": UIDInfo(
            ContentAssessmentResultsStorage,
            "Content Assessment Results Storage",
            "ContentAssessmentResultsStorage",
            "SOP Class",
            "PS3.4",
            False,
            "ContentAssessmentResults",
        ),
        "1.2.840.10008.5.1.4.1.1.91.1": UIDInfo(
            MicroscopyBulkSimpleAnnotationsStorage,
            "Microscopy Bulk Simple Annotations Storage",
            "MicroscopyBulkSimpleAnnotationsStorage",
            "SOP Class",
            "PS3.4",
            False,
            "MicroscopyBulkSimpleAnnotations",
        ),
        "1.2.840.10008.5.1.4.1.1.104.1": UIDInfo(
            EncapsulatedPDFStorage,
            "Encapsulated PDF Storage",
            "EncapsulatedPDFStorage",
            "SOP Class",
            "PS3.4",
            False,
            "EncapsulatedPDF",
        ),
        "1.2.840.10008.5.1.4.1.1.104.2": UIDInfo(
            EncapsulatedCDAStorage,
            "Encapsulated CDA Storage",
            "EncapsulatedCDAStorage",
            "SOP Class",
            "PS3.4",
            False,
            "EncapsulatedCDA",
        ),
        "1.2.840.10008.5.1.4.1.1.104.3": UIDInfo(
            EncapsulatedSTLStorage,
            "Encapsulated STL Storage",
            "EncapsulatedSTLStorage",
            "SOP Class",
            "PS3.4",
            False,
            "EncapsulatedSTL",
        ),
        "1.2.840.10008.5.1.4.1.1.104.4": UIDInfo(
            EncapsulatedOBJStorage,
            "Encapsulated OBJ Storage",
            "EncapsulatedOBJStorage",
            "SOP Class",
            "PS3.4",
            False,
            "EncapsulatedOBJ",
        ),
        "1.2.840.10008.5.1.4.1.1.104.5": UIDInfo(
            EncapsulatedMTLStorage,
            "Encapsulated MTL Storage",
            "EncapsulatedMTLStorage",
            "SOP Class",
            "PS3.4",
            False,
            "EncapsulatedMTL",
        ),
        "1.2.840.10008.5.1.4.1.1.128": UIDInfo(
            PositronEmissionTomographyImageStorage,
            "Positron Emission Tomography Image Storage",
            "PositronEmissionTomographyImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "PositronEmissionTomographyImage",
        ),
        "1.2.840.10008.5.1.4.1.1.128.1": UIDInfo(
            LegacyConvertedEnhancedPETImageStorage,
            "Legacy Converted Enhanced PET Image Storage",
            "LegacyConvertedEnhancedPETImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "LegacyConvertedEnhancedPETImage",
        ),
        "1.2.840.10008.5.1.4.1.1.129": UIDInfo(
            StandalonePETCurveStorage,
            "Standalone PET Curve Storage (Retired)",
            "StandalonePETCurveStorage",
            "SOP Class",
            "PS3.4 (2004)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.4.1.1.130": UIDInfo(
            EnhancedPETImageStorage,
            "Enhanced PET Image Storage",
            "EnhancedPETImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "EnhancedPETImage",
        ),
        "1.2.840.10008.5.1.4.1.1.131": UIDInfo(
            BasicStructuredDisplayStorage,
            "Basic Structured Display Storage",
            "BasicStructuredDisplayStorage",
            "SOP Class",
            "PS3.4",
            False,
            "BasicStructuredDisplay",
        ),
        "1.2.840.10008.5.1.4.1.1.200.1": UIDInfo(
            CTDefinedProcedureProtocolStorage,
            "CT Defined Procedure Protocol Storage",
            "CTDefinedProcedureProtocolStorage",
            "SOP Class",
            "PS3.4",
            False,
            "CTDefinedProcedureProtocol",
        ),
        "1.2.840.10008.5.1.4.1.1.200.2": UIDInfo(
            CTPerformedProcedureProtocolStorage,
            "CT Performed Procedure Protocol Storage",
            "CTPerformedProcedureProtocolStorage",
            "SOP Class",
            "PS3.4",
            False,
            "CTPerformedProcedureProtocol",
        ),
        "1.2.840.10008.5.1.4.1.1.200.3": UIDInfo(
            ProtocolApprovalStorage,
            "Protocol Approval Storage",
            "ProtocolApprovalStorage",
            "SOP Class",
            "PS3.4",
            False,
            "ProtocolApproval",
        ),
        "1.2.840.10008.5.1.4.1.1.200.4": UIDInfo(
            ProtocolApprovalInformationModelFind,
            "Protocol Approval Information Model - FIND",
            "ProtocolApprovalInformationModelFind",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.1.1.200.5": UIDInfo(
            ProtocolApprovalInformationModelMove,
            "Protocol Approval Information Model - MOVE",
            "ProtocolApprovalInformationModelMove",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.1.1.200.6": UIDInfo(
            ProtocolApprovalInformationModelGet,
            "Protocol Approval Information Model - GET",
            "ProtocolApprovalInformationModelGet",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.1.1.200.7": UIDInfo(
            XADefinedProcedureProtocolStorage,
            "XA Defined Procedure Protocol Storage",
            "XADefinedProcedureProtocolStorage",
            "SOP Class",
            "PS3.4",
            False,
            "XADefinedProcedureProtocol",
        ),
        "1.2.840.10008.5.1.4.1.1.200.8": UIDInfo(
            XAPerformedProcedureProtocolStorage,
            "XA Performed Procedure Protocol Storage",
            "XAPerformedProcedureProtocolStorage",
            "SOP Class",
            "PS3.4",
            False,
            "XAPerformedProcedureProtocol",
        ),
        "1.2.840.10008.5.1.4.1.1.201.1": UIDInfo(
            InventoryStorage,
            "Inventory Storage",
            "InventoryStorage",
            "SOP Class",
            "PS3.4",
            False,
            "Inventory",
        ),
        "1.2.840.10008.5.1.4.1.1.201.2": UIDInfo(
            InventoryFind, "Inventory - FIND", "InventoryFind", "SOP Class", "PS3.4", False, None
        ),
        "1.2.840.10008.5.1.4.1.1.201.3": UIDInfo(
            InventoryMove, "Inventory - MOVE", "InventoryMove", "SOP Class", "PS3.4", False, None
        ),
        "1.2.840.10008.5.1.4.1.1.201.4": UIDInfo(
            InventoryGet, "Inventory - GET", "InventoryGet", "SOP Class", "PS3.4", False, None
        ),
        "1.2.840.10008.5.1.4.1.1.201.5": UIDInfo(
            InventoryCreation,
            "Inventory Creation",
            "InventoryCreation",
            "SOP Class",
            "PS3.4",
            False,
            "InventoryCreation",
        ),
        "1.2.840.10008.5.1.4.1.1.201.6": UIDInfo(
            RepositoryQuery,
            "Repository Query",
            "RepositoryQuery",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.1.1.201.1.1": UIDInfo(
            StorageManagementInstance,
            "Storage Management SOP Instance",
            "StorageManagementInstance",
            "Well-known SOP Instance",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.1.1.481.1": UIDInfo(
            RTImageStorage,
            "RT Image Storage",
            "RTImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "RTImage",
        ),
        "1.2.840.10008.5.1.4.1.1.481.2": UIDInfo(
            RTDoseStorage, "RT Dose Storage", "RTDoseStorage", "SOP Class", "PS3.4", False, "RTDose"
        ),
        "1.2.840.10008.5.1.4.1.1.481.3": UIDInfo(
            RTStructureSetStorage,
            "RT Structure Set Storage",
            "RTStructureSetStorage",
            "SOP Class",
            "PS3.4",
            False,
            "RTStructureSet",
        ),
        "1.2.840.10008.5.1.4.1.1.481.4": UIDInfo(
            RTBeamsTreatmentRecordStorage,
            "RT Beams Treatment Record Storage",
            "RTBeamsTreatmentRecordStorage",
            "SOP Class",
            "PS3.4",
            False,
            "RTBeamsTreatmentRecord",
        ),
        "1.2.840.10008.5.1.4.1.1.481.5": UIDInfo(
            RTPlanStorage, "RT Plan Storage", "RTPlanStorage", "SOP Class", "PS3.4", False, "RTPlan"
        ),
        "1.2.840.10008.5.1.4.1.1.481.6": UIDInfo(
            RTBrachyTreatmentRecordStorage,
            "RT Brachy Treatment Record Storage",
            "RTBrachyTreatmentRecordStorage",
            "SOP Class",
            "PS3.4",
            False,
            "RTBrachyTreatmentRecord",
        ),
        "1.2.840.10008.5.1.4.1.1.481.7": UIDInfo(
            RTTreatmentSummaryRecordStorage,
            "RT Treatment Summary Record Storage",
            "RTTreatmentSummaryRecordStorage",
            "SOP Class",
            "PS3.4",
            False,
            "RTTreatmentSummaryRecord",
        ),
        "1.2.840.10008.5.1.4.1.1.481.8": UIDInfo(
            RTIonPlanStorage,
            "RT Ion Plan Storage",
            "RTIonPlanStorage",
            "SOP Class",
            "PS3.4",
            False,
            "RTIonPlan",
        ),
        "1.2.840.10008.5.1.4.1.1.481.9": UIDInfo(
            RTIonBeamsTreatmentRecordStorage,
            "RT Ion Beams Treatment Record Storage",
            "RTIonBeamsTreatmentRecordStorage",
            "SOP Class",
            "PS3.4",
            False,
            "RTIonBeamsTreatmentRecord",
        ),
        "1.2.840.10008.5.1.4.1.1.481.10": UIDInfo(
            RTPhysicianIntentStorage,
            "RT Physician Intent Storage",
            "RTPhysicianIntentStorage",
            "SOP Class",
            "PS3.4",
            False,
            "RTPhysicianIntent",
        ),
        "1.2.840.10008.5.1.4.1.1.481.11": UIDInfo(
            RTSegmentAnnotationStorage,
            "RT Segment Annotation Storage",
            "RTSegmentAnnotationStorage",
            "SOP Class",
            "PS3.4",
            False,
            "RTSegmentAnnotation",
        ),
        "1.2.840.10008.5.1.4.1.1.481.12": UIDInfo(
            RTRadiationSetStorage,
            "RT Radiation Set Storage",
            "RTRadiationSetStorage",
            "SOP Class",
            "PS3.4",
            False,
            "RTRadiationSet",
        ),
        "1.2.840.10008.5.1.4.1.1.481.13": UIDInfo(
            CArmPhotonElectronRadiationStorage,
            "C-Arm Photon-Electron Radiation Storage",
            "CArmPhotonElectronRadiationStorage",
            "SOP Class",
            "PS3.4",
            False,
            "CArmPhotonElectronRadiation",
        ),
        "1.2.840.10008.5.1.4.1.1.481.14": UIDInfo(
            TomotherapeuticRadiationStorage,
            "Tomotherapeutic Radiation Storage",
            "TomotherapeuticRadiationStorage",
            "SOP Class",
            "PS3.4",
            False,
            "TomotherapeuticRadiation",
        ),
        "1.2.840.10008.5.1.4.1.1.481.15": UIDInfo(
            RoboticArmRadiationStorage,
            "Robotic-Arm Radiation Storage",
            "RoboticArmRadiationStorage",
            "SOP Class",
            "PS3.4",
            False,
            "RoboticArmRadiation",
        ),
        "1.2.840.10008.5.1.4.1.1.481.16": UIDInfo(
            RTRadiationRecordSetStorage,
            "RT Radiation Record Set Storage",
            "RTRadiationRecordSetStorage",
            "SOP Class",
            "PS3.4",
            False,
            "RTRadiationRecordSet",
        ),
        "1.2.840.10008.5.1.4.1.1.481.17": UIDInfo(
            RTRadiationSalvageRecordStorage,
            "RT Radiation Salvage Record Storage",
            "RTRadiationSalvageRecordStorage",
            "SOP Class",
            "PS3.4",
            False,
            "RTRadiationSalvageRecord",
        ),
        "1.2.840.10008.5.1.4.1.1.481.18": UIDInfo(
            TomotherapeuticRadiationRecordStorage,
            "Tomotherapeutic Radiation Record Storage",
            "TomotherapeuticRadiationRecordStorage",
            "SOP Class",
            "PS3.4",
            False,
            "TomotherapeuticRadiationRecord",
        ),
        "1.2.840.10008.5.1.4.1.1.481.19": UIDInfo(
            CArmPhotonElectronRadiationRecordStorage,
            "C-Arm Photon-Electron Radiation Record Storage",
            "CArmPhotonElectronRadiationRecordStorage",
            "SOP Class",
            "PS3.4",
            False,
            "CArmPhotonElectronRadiationRecord",
        ),
        "1.2.840.10008.5.1.4.1.1.481.20": UIDInfo(
            RoboticRadiationRecordStorage,
            "Robotic Radiation Record Storage",
            "RoboticRadiationRecordStorage",
            "SOP Class",
            "PS3.4",
            False,
            "RoboticArmRadiationRecord",
        ),
        "1.2.840.10008.5.1.4.1.1.481.21": UIDInfo(
            RTRadiationSetDeliveryInstructionStorage,
            "RT Radiation Set Delivery Instruction Storage",
            "RTRadiationSetDeliveryInstructionStorage",
            "SOP Class",
            "PS3.4",
            False,
            "RTRadiationSetDeliveryInstruction",
        ),
        "1.2.840.10008.5.1.4.1.1.481.22": UIDInfo(
            RTTreatmentPreparationStorage,
            "RT Treatment Preparation Storage",
            "RTTreatmentPreparationStorage",
            "SOP Class",
            "PS3.4",
            False,
            "RTTreatmentPreparation",
        ),
        "1.2.840.10008.5.1.4.1.1.481.23": UIDInfo(
            EnhancedRTImageStorage,
            "Enhanced RT Image Storage",
            "EnhancedRTImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "EnhancedRTImage",
        ),
        "1.2.840.10008.5.1.4.1.1.481.24": UIDInfo(
            EnhancedContinuousRTImageStorage,
            "Enhanced Continuous RT Image Storage",
            "EnhancedContinuousRTImageStorage",
            "SOP Class",
            "PS3.4",
            False,
            "EnhancedContinuousRTImage",
        ),
        "1.2.840.10008.5.1.4.1.1.481.25": UIDInfo(
            RTPatientPositionAcquisitionInstructionStorage,
            "RT Patient Position Acquisition Instruction Storage",
            "RTPatientPositionAcquisitionInstructionStorage",
            "SOP Class",
            "PS3.4",
            False,
            "RTPatientPositionAcquisitionInstruction",
        ),
        "1.2.840.10008.5.1.4.1.1.501.1": UIDInfo(
            DICOSCTImageStorage,
            "DICOS CT Image Storage",
            "DICOSCTImageStorage",
            "SOP Class",
            "DICOS",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.1.1.501.2.1": UIDInfo(
            DICOSDigitalXRayImageStorageForPresentation,
            "DICOS Digital X-Ray Image Storage - For Presentation",
            "DICOSDigitalXRayImageStorageForPresentation",
            "SOP Class",
            "DICOS",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.1.1.501.2.2": UIDInfo(
            DICOSDigitalXRayImageStorageForProcessing,
            "DICOS Digital X-Ray Image Storage - For Processing",
            "DICOSDigitalXRayImageStorageForProcessing",
            "SOP Class",
            "DICOS",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.1.1.501.3": UIDInfo(
            DICOSThreatDetectionReportStorage,
            "DICOS Threat Detection Report Storage",
            "DICOSThreatDetectionReportStorage",
            "SOP Class",
            "DICOS",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.1.1.501.4": UIDInfo(
            DICOS2DAITStorage,
            "DICOS 2D AIT Storage",
            "DICOS2DAITStorage",
            "SOP Class",
            "DICOS",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.1.1.501.5": UIDInfo(
            DICOS3DAITStorage,
            "DICOS 3D AIT Storage",
            "DICOS3DAITStorage",
            "SOP Class",
            "DICOS",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.1.1.501.6": UIDInfo(
            DICOSQuadrupoleResonanceStorage,
            "DICOS Quadrupole Resonance (QR) Storage",
            "DICOSQuadrupoleResonanceStorage",
            "SOP Class",
            "DICOS",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.1.1.601.1": UIDInfo(
            EddyCurrentImageStorage,
            "Eddy Current Image Storage",
            "EddyCurrentImageStorage",
            "SOP Class",
            "DICONDE ASTM E2934",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.1.1.601.2": UIDInfo(
            EddyCurrentMultiFrameImageStorage,
            "Eddy Current Multi-frame Image Storage",
            "EddyCurrentMultiFrameImageStorage",
            "SOP Class",
            "DICONDE ASTM E2934",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.1.2.1.1": UIDInfo(
            PatientRootQueryRetrieveInformationModelFind,
            "Patient Root Query/Retrieve Information Model - FIND",
            "PatientRootQueryRetrieveInformationModelFind",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.1.2.1.2": UIDInfo(
            PatientRootQueryRetrieveInformationModelMove,
            "Patient Root Query/Retrieve Information Model - MOVE",
            "PatientRootQueryRetrieveInformationModelMove",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.1.2.1.3": UIDInfo(
            PatientRootQueryRetrieveInformationModelGet,
            "Patient Root Query/Retrieve Information Model - GET",
            "PatientRootQueryRetrieveInformationModelGet",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.1.2.2.1": UIDInfo(
            StudyRootQueryRetrieveInformationModelFind,
            "Study Root Query/Retrieve Information Model - FIND",
            "StudyRootQueryRetrieveInformationModelFind",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.1.2.2.2": UIDInfo(
            StudyRootQueryRetrieveInformationModelMove,
            "Study Root Query/Retrieve Information Model - MOVE",
            "StudyRootQueryRetrieveInformationModelMove",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.1.2.2.3": UIDInfo(
            StudyRootQueryRetrieveInformationModelGet,
            "Study Root Query/Retrieve Information Model - GET",
            "StudyRootQueryRetrieveInformationModelGet",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.1.2.3.1": UIDInfo(
            PatientStudyOnlyQueryRetrieveInformationModelFind,
            "Patient/Study Only Query/Retrieve Information Model - FIND (Retired)",
            "PatientStudyOnlyQueryRetrieveInformationModelFind",
            "SOP Class",
            "PS3.4 (2004)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.4.1.2.3.2": UIDInfo(
            PatientStudyOnlyQueryRetrieveInformationModelMove,
            "Patient/Study Only Query/Retrieve Information Model - MOVE (Retired)",
            "PatientStudyOnlyQueryRetrieveInformationModelMove",
            "SOP Class",
            "PS3.4 (2004)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.4.1.2.3.3": UIDInfo(
            PatientStudyOnlyQueryRetrieveInformationModelGet,
            "Patient/Study Only Query/Retrieve Information Model - GET (Retired)",
            "PatientStudyOnlyQueryRetrieveInformationModelGet",
            "SOP Class",
            "PS3.4 (2004)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.4.1.2.4.2": UIDInfo(
            CompositeInstanceRootRetrieveMove,
            "Composite Instance Root Retrieve - MOVE",
            "CompositeInstanceRootRetrieveMove",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.1.2.4.3": UIDInfo(
            CompositeInstanceRootRetrieveGet,
            "Composite Instance Root Retrieve - GET",
            "CompositeInstanceRootRetrieveGet",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.1.2.5.3": UIDInfo(
            CompositeInstanceRetrieveWithoutBulkDataGet,
            "Composite Instance Retrieve Without Bulk Data - GET",
            "CompositeInstanceRetrieveWithoutBulkDataGet",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.20.1": UIDInfo(
            DefinedProcedureProtocolInformationModelFind,
            "Defined Procedure Protocol Information Model - FIND",
            "DefinedProcedureProtocolInformationModelFind",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.20.2": UIDInfo(
            DefinedProcedureProtocolInformationModelMove,
            "Defined Procedure Protocol Information Model - MOVE",
            "DefinedProcedureProtocolInformationModelMove",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.20.3": UIDInfo(
            DefinedProcedureProtocolInformationModelGet,
            "Defined Procedure Protocol Information Model - GET",
            "DefinedProcedureProtocolInformationModelGet",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.31": UIDInfo(
            ModalityWorklistInformationModelFind,
            "Modality Worklist Information Model - FIND",
            "ModalityWorklistInformationModelFind",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.32": UIDInfo(
            GeneralPurposeWorklistManagementMeta,
            "General Purpose Worklist Management Meta SOP Class (Retired)",
            "GeneralPurposeWorklistManagementMeta",
            "Meta SOP Class",
            "PS3.4 (2011)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.4.32.1": UIDInfo(
            GeneralPurposeWorklistInformationModelFind,
            "General Purpose Worklist Information Model - FIND (Retired)",
            "GeneralPurposeWorklistInformationModelFind",
            "SOP Class",
            "PS3.4 (2011)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.4.32.2": UIDInfo(
            GeneralPurposeScheduledProcedureStep,
            "General Purpose Scheduled Procedure Step SOP Class (Retired)",
            "GeneralPurposeScheduledProcedureStep",
            "SOP Class",
            "PS3.4 (2011)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.4.32.3": UIDInfo(
            GeneralPurposePerformedProcedureStep,
            "General Purpose Performed Procedure Step SOP Class (Retired)",
            "GeneralPurposePerformedProcedureStep",
            "SOP Class",
            "PS3.4 (2011)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.4.33": UIDInfo(
            InstanceAvailabilityNotification,
            "Instance Availability Notification SOP Class",
            "InstanceAvailabilityNotification",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.34.1": UIDInfo(
            RTBeamsDeliveryInstructionStorageTrial,
            "RT Beams Delivery Instruction Storage - Trial (Retired)",
            "RTBeamsDeliveryInstructionStorageTrial",
            "SOP Class",
            "PS3.4 (2009)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.4.34.2": UIDInfo(
            RTConventionalMachineVerificationTrial,
            "RT Conventional Machine Verification - Trial (Retired)",
            "RTConventionalMachineVerificationTrial",
            "SOP Class",
            "PS3.4 (2009)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.4.34.3": UIDInfo(
            RTIonMachineVerificationTrial,
            "RT Ion Machine Verification - Trial (Retired)",
            "RTIonMachineVerificationTrial",
            "SOP Class",
            "PS3.4 (2009)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.4.34.4": UIDInfo(
            UnifiedWorklistAndProcedureStepTrial,
            "Unified Worklist and Procedure Step Service Class - Trial (Retired)",
            "UnifiedWorklistAndProcedureStepTrial",
            "Service Class",
            "PS3.4 (2009)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.4.34.4.1": UIDInfo(
            UnifiedProcedureStepPushTrial,
            "Unified Procedure Step - Push SOP Class - Trial (Retired)",
            "UnifiedProcedureStepPushTrial",
            "SOP Class",
            "PS3.4 (2009)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.4.34.4.2": UIDInfo(
            UnifiedProcedureStepWatchTrial,
            "Unified Procedure Step - Watch SOP Class - Trial (Retired)",
            "UnifiedProcedureStepWatchTrial",
            "SOP Class",
            "PS3.4 (2009)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.4.34.4.3": UIDInfo(
            UnifiedProcedureStepPullTrial,
            "Unified Procedure Step - Pull SOP Class - Trial (Retired)",
            "UnifiedProcedureStepPullTrial",
            "SOP Class",
            "PS3.4 (2009)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.4.34.4.4": UIDInfo(
            UnifiedProcedureStepEventTrial,
            "Unified Procedure Step - Event SOP Class - Trial (Retired)",
            "UnifiedProcedureStepEventTrial",
            "SOP Class",
            "PS3.4 (2009)",
            True,
            None,
        ),
        "1.2.840.10008.5.1.4.34.5": UIDInfo(
            UPSGlobalSubscriptionInstance,
            "UPS Global Subscription SOP Instance",
            "UPSGlobalSubscriptionInstance",
            "Well-known SOP Instance",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.34.5.1": UIDInfo(
            UPSFilteredGlobalSubscriptionInstance,
            "UPS Filtered Global Subscription SOP Instance",
            "UPSFilteredGlobalSubscriptionInstance",
            "Well-known SOP Instance",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.34.6": UIDInfo(
            UnifiedWorklistAndProcedureStep,
            "Unified Worklist and Procedure Step Service Class",
            "UnifiedWorklistAndProcedureStep",
            "Service Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.34.6.1": UIDInfo(
            UnifiedProcedureStepPush,
            "Unified Procedure Step - Push SOP Class",
            "UnifiedProcedureStepPush",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.34.6.2": UIDInfo(
            UnifiedProcedureStepWatch,
            "Unified Procedure Step - Watch SOP Class",
            "UnifiedProcedureStepWatch",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.34.6.3": UIDInfo(
            UnifiedProcedureStepPull,
            "Unified Procedure Step - Pull SOP Class",
            "UnifiedProcedureStepPull",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.34.6.4": UIDInfo(
            UnifiedProcedureStepEvent,
            "Unified Procedure Step - Event SOP Class",
            "UnifiedProcedureStepEvent",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.34.6.5": UIDInfo(
            UnifiedProcedureStepQuery,
            "Unified Procedure Step - Query SOP Class",
            "UnifiedProcedureStepQuery",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.34.7": UIDInfo(
            RTBeamsDeliveryInstructionStorage,
            "RT Beams Delivery Instruction Storage",
            "RTBeamsDeliveryInstructionStorage",
            "SOP Class",
            "PS3.4",
            False,
            "RTBeamsDeliveryInstruction",
        ),
        "1.2.840.10008.5.1.4.34.8": UIDInfo(
            RTConventionalMachineVerification,
            "RT Conventional Machine Verification",
            "RTConventionalMachineVerification",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.34.9": UIDInfo(
            RTIonMachineVerification,
            "RT Ion Machine Verification",
            "RTIonMachineVerification",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.34.10": UIDInfo(
            RTBrachyApplicationSetupDeliveryInstructionStorage,
            "RT Brachy Application Setup Delivery Instruction Storage",
            "RTBrachyApplicationSetupDeliveryInstructionStorage",
            "SOP Class",
            "PS3.4",
            False,
            "RTBrachyApplicationSetupDeliveryInstruction",
        ),
        "1.2.840.10008.5.1.4.37.1": UIDInfo(
            GeneralRelevantPatientInformationQuery,
            "General Relevant Patient Information Query",
            "GeneralRelevantPatientInformationQuery",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.37.2": UIDInfo(
            BreastImagingRelevantPatientInformationQuery,
            "Breast Imaging Relevant Patient Information Query",
            "BreastImagingRelevantPatientInformationQuery",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.37.3": UIDInfo(
            CardiacRelevantPatientInformationQuery,
            "Cardiac Relevant Patient Information Query",
            "CardiacRelevantPatientInformationQuery",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.38.1": UIDInfo(
            HangingProtocolStorage,
            "Hanging Protocol Storage",
            "HangingProtocolStorage",
            "SOP Class",
            "PS3.4",
            False,
            "HangingProtocol",
        ),
        "1.2.840.10008.5.1.4.38.2": UIDInfo(
            HangingProtocolInformationModelFind,
            "Hanging Protocol Information Model - FIND",
            "HangingProtocolInformationModelFind",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.38.3": UIDInfo(
            HangingProtocolInformationModelMove,
            "Hanging Protocol Information Model - MOVE",
            "HangingProtocolInformationModelMove",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.38.4": UIDInfo(
            HangingProtocolInformationModelGet,
            "Hanging Protocol Information Model - GET",
            "HangingProtocolInformationModelGet",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.39.1": UIDInfo(
            ColorPaletteStorage,
            "Color Palette Storage",
            "ColorPaletteStorage",
            "SOP Class",
            "PS3.4",
            False,
            "ColorPalette",
        ),
        "1.2.840.10008.5.1.4.39.2": UIDInfo(
            ColorPaletteQueryRetrieveInformationModelFind,
            "Color Palette Query/Retrieve Information Model - FIND",
            "ColorPaletteQueryRetrieveInformationModelFind",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.39.3": UIDInfo(
            ColorPaletteQueryRetrieveInformationModelMove,
            "Color Palette Query/Retrieve Information Model - MOVE",
            "ColorPaletteQueryRetrieveInformationModelMove",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.39.4": UIDInfo(
            ColorPaletteQueryRetrieveInformationModelGet,
            "Color Palette Query/Retrieve Information Model - GET",
            "ColorPaletteQueryRetrieveInformationModelGet",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.41": UIDInfo(
            ProductCharacteristicsQuery,
            "Product Characteristics Query SOP Class",
            "ProductCharacteristicsQuery",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.42": UIDInfo(
            SubstanceApprovalQuery,
            "Substance Approval Query SOP Class",
            "SubstanceApprovalQuery",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.43.1": UIDInfo(
            GenericImplantTemplateStorage,
            "Generic Implant Template Storage",
            "GenericImplantTemplateStorage",
            "SOP Class",
            "PS3.4",
            False,
            "GenericImplantTemplate",
        ),
        "1.2.840.10008.5.1.4.43.2": UIDInfo(
            GenericImplantTemplateInformationModelFind,
            "Generic Implant Template Information Model - FIND",
            "GenericImplantTemplateInformationModelFind",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.43.3": UIDInfo(
            GenericImplantTemplateInformationModelMove,
            "Generic Implant Template Information Model - MOVE",
            "GenericImplantTemplateInformationModelMove",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.43.4": UIDInfo(
            GenericImplantTemplateInformationModelGet,
            "Generic Implant Template Information Model - GET",
            "GenericImplantTemplateInformationModelGet",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.44.1": UIDInfo(
            ImplantAssemblyTemplateStorage,
            "Implant Assembly Template Storage",
            "ImplantAssemblyTemplateStorage",
            "SOP Class",
            "PS3.4",
            False,
            "ImplantAssemblyTemplate",
        ),
        "1.2.840.10008.5.1.4.44.2": UIDInfo(
            ImplantAssemblyTemplateInformationModelFind,
            "Implant Assembly Template Information Model - FIND",
            "ImplantAssemblyTemplateInformationModelFind",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.44.3": UIDInfo(
            ImplantAssemblyTemplateInformationModelMove,
            "Implant Assembly Template Information Model - MOVE",
            "ImplantAssemblyTemplateInformationModelMove",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.44.4": UIDInfo(
            ImplantAssemblyTemplateInformationModelGet,
            "Implant Assembly Template Information Model - GET",
            "ImplantAssemblyTemplateInformationModelGet",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.45.1": UIDInfo(
            ImplantTemplateGroupStorage,
            "Implant Template Group Storage",
            "ImplantTemplateGroupStorage",
            "SOP Class",
            "PS3.4",
            False,
            "ImplantTemplateGroup",
        ),
        "1.2.840.10008.5.1.4.45.2": UIDInfo(
            ImplantTemplateGroupInformationModelFind,
            "Implant Template Group Information Model - FIND",
            "ImplantTemplateGroupInformationModelFind",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.45.3": UIDInfo(
            ImplantTemplateGroupInformationModelMove,
            "Implant Template Group Information Model - MOVE",
            "ImplantTemplateGroupInformationModelMove",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.5.1.4.45.4": UIDInfo(
            ImplantTemplateGroupInformationModelGet,
            "Implant Template Group Information Model - GET",
            "ImplantTemplateGroupInformationModelGet",
            "SOP Class",
            "PS3.4",
            False,
            None,
        ),
        "1.2.840.10008.7.1.1": UIDInfo(
            NativeDICOMModel,
            "Native DICOM Model",
            "NativeDICOMModel",
            "Application Hosting Model",
            "PS3.19",
            False,
            None,
        ),
        "1.2.840.10008.7.1.2": UIDInfo(
            AbstractMultiDimensionalImageModel,
            "Abstract Multi-Dimensional Image Model",
            "AbstractMultiDimensionalImageModel",
            "Application Hosting Model",
            "PS3.19",
            False,
            None,
        ),
        "1.2.840.10008.8.1.1": UIDInfo(
            DICOMContentMappingResource,
            "DICOM Content Mapping Resource",
            "DICOMContentMappingResource",
            "Mapping Resource",
            "PS3.16",
            False,
            None,
        ),
        "1.2.840.10008.10.1": UIDInfo(
            VideoEndoscopicImageRealTimeCommunication,
            "Video Endoscopic Image Real-Time Communication",
            "VideoEndoscopicImageRealTimeCommunication",
            "SOP Class",
            "PS3.22",
            False,
            None,
        ),
        "1.2.840.10008.10.2": UIDInfo(
            VideoPhotographicImageRealTimeCommunication,
            "Video Photographic Image Real-Time Communication",
            "VideoPhotographicImageRealTimeCommunication",
            "SOP Class",
            "PS3.22",
            False,
            None,
        ),
        "1.2.840.10008.10.3": UIDInfo(
            AudioWaveformRealTimeCommunication,
            "Audio Waveform Real-Time Communication",
            "AudioWaveformRealTimeCommunication",
            "SOP Class",
            "PS3.22",
            False,
            None,
        ),
        "1.2.840.10008.10.4": UIDInfo(
            RenditionSelectionDocumentRealTimeCommunication,
            "Rendition Selection Document Real-Time Communication",
            "RenditionSelectionDocumentRealTimeCommunication",
            "SOP Class",
            "PS3.22",
            False,
            None,
        ),
        "1.2.840.10008.15.0.3.1": UIDInfo(
            dicomDeviceName, "dicomDeviceName", "dicomDeviceName", "LDAP OID", "PS3.15", False, None
        ),
        "1.2.840.10008.15.0.3.2": UIDInfo(
            dicomDescription,
            "dicomDescription",
            "dicomDescription",
            "LDAP OID",
            "PS3.15",
            False,
            None,
        ),
        "1.2.840.10008.15.0.3.3": UIDInfo(
            dicomManufacturer,
            "dicomManufacturer",
            "dicomManufacturer",
            "LDAP OID",
            "PS3.15",
            False,
            None,
        ),
        "1.2.840.10008.15.0.3.4": UIDInfo(
            dicomManufacturerModelName,
            "dicomManufacturerModelName",
            "dicomManufacturerModelName",
            "LDAP OID",
            "PS3.15",
            False,
            None,
        ),
        "1.2.840.10008.15.0.3.5": UIDInfo(
            dicomSoftwareVersion,
            "dicomSoftwareVersion",
            "dicomSoftwareVersion",
            "LDAP OID",
            "PS3.15",
            False,
            None,
        ),
        "1.2.840.10008.15.0.3.6": UIDInfo(
            dicomVendorData, "dicomVendorData", "dicomVendorData", "LDAP OID", "PS3.15", False, None
        ),
        "1.2.840.10008.15.0.3.7": UIDInfo(
            dicomAETitle, "dicomAETitle", "dicomAETitle", "LDAP OID", "PS3.15", False, None
        ),
        "1.2.840.10008.15.0.3.8": UIDInfo(
            dicomNetworkConnectionReference,
            "dicomNetworkConnectionReference",
            "dicomNetworkConnectionReference",
            "LDAP OID",
            "PS3.15",
            False,
            None,
        ),
        "1.2.840.10008.15.0.3.9": UIDInfo(
            dicomApplicationCluster,
            "dicomApplicationCluster",
            "dicomApplicationCluster",
            "LDAP OID",
            "PS3.15",
            False,
            None,
        ),
        "1.2.840.10008.15.0.3.10": UIDInfo(
            dicomAssociationInitiator,
            "dicomAssociationInitiator",
            "dicomAssociationInitiator",
            "LDAP OID",
            "PS3.15",
            False,
            None,
        ),
        "1.2.840.10008.15.0.3.11": UIDInfo(
            dicomAssociationAcceptor,
            "dicomAssociationAcceptor",
            "dicomAssociationAcceptor",
            "LDAP OID",
            "PS3.15",
            False,
            None,
        ),
        "1.2.840.10008.15.0.3.12": UIDInfo(
            dicomHostname, "dicomHostname", "dicomHostname", "LDAP OID", "PS3.15", False, None
        ),
        "1.2.840.10008.15.0.3.13": UIDInfo(
            dicomPort, "dicomPort", "dicomPort", "LDAP OID", "PS3.15", False, None
        ),
        "1.2.840.10008.15.0.3.14": UIDInfo(
            dicomSOPClass, "dicomSOPClass", "dicomSOPClass", "LDAP OID", "PS3.15", False, None
        ),
        "1.2.840.10008.15.0.3.15": UIDInfo(
            dicomTransferRole,
            "dicomTransferRole",
            "dicomTransferRole",
            "LDAP OID",
            "PS3.15",
            False,
            None,
        ),
        "1.2.840.10008.15.0.3.16": UIDInfo(
            dicomTransferSyntax,
            "dicomTransferSyntax",
            "dicomTransferSyntax",
            "LDAP OID",
            "PS3.15",
            False,
            None,
        ),
        "1.2.840.10008.15.0.3.17": UIDInfo(
            dicomPrimaryDeviceType,
            "dicomPrimaryDeviceType",
            "dicomPrimaryDeviceType",
            "LDAP OID",
            "PS3.15",
            False,
            None,
        ),
        "1.2.840.10008.15.0.3.18": UIDInfo(
            dicomRelatedDeviceReference,
            "dicomRelatedDeviceReference",
            "dicomRelatedDeviceReference",
            "LDAP OID",
            "PS3.15",
            False,
            None,
        ),
        "1.2.840.10008.15.0.3.19": UIDInfo(
            dicomPreferredCalledAETitle,
            "dicomPreferredCalledAETitle",
            "dicomPreferredCalledAETitle",
            "LDAP OID",
            "PS3.15",
            False,
            None,
        ),
        "1.2.840.10008.15.0.3.20": UIDInfo(
            dicomTLSCyphersuite,
            "dicomTLSCyphersuite",
            "dicomTLSCyphersuite",
            "LDAP OID",
            "PS3.15",
            False,
            None,
        ),
        "1.2.840.10008.15.0.3.21": UIDInfo(
            dicomAuthorizedNodeCertificateReference,
            "dicomAuthorizedNodeCertificateReference",
            "dicomAuthorizedNodeCertificateReference",
            "LDAP OID",
            "PS3.15",
            False,
            None,
        ),
        "1.2.840.10008.15.0.3.22": UIDInfo(
            dicomThisNodeCertificateReference,
            "dicomThisNodeCertificateReference",
            "dicomThisNodeCertificateReference",
            "LDAP OID",
            "PS3.15",
            False,
            None,
        ),
        "1.2.840.10008.15.0.3.23": UIDInfo(
            dicomInstalled, "dicomInstalled", "dicomInstalled", "LDAP OID", "PS3.15", False, None
        ),
        "1.2.840.10008.15.0.3.24": UIDInfo(
            dicomStationName,
            "dicomStationName",
            "dicomStationName",
            "LDAP OID",
            "PS3.15",
            False,
            None,
        ),
        "1.2.840.10008.15.0.3.25": UIDInfo(
            dicomDeviceSerialNumber,
            "dicomDeviceSerialNumber",
            "dicomDeviceSerialNumber",
            "LDAP OID",
            "PS3.15",
            False,
            None,
        ),
        "1.2.840.10008.15.0.3.26": UIDInfo(
            dicomInstitutionName,
            "dicomInstitutionName",
            "dicomInstitutionName",
            "LDAP OID",
            "PS3.15",
            False,
            None,
        ),
        "1.2.840.10008.15.0.3.27": UIDInfo(
            dicomInstitutionAddress,
            "dicomInstitutionAddress",
            "dicomInstitutionAddress",
            "LDAP OID",
            "PS3.15",
            False,
            None,
        ),
        "1.2.840.10008.15.0.3.28": UIDInfo(
            dicomInstitutionDepartmentName,
            "dicomInstitutionDepartmentName",
            "dicomInstitutionDepartmentName",
            "LDAP OID",
            "PS3.15",
            False,
            None,
        ),
        "1.2.840.10008.15.0.3.29": UIDInfo(
            dicomIssuerOfPatientID,
            "dicomIssuerOfPatientID",
            "dicomIssuerOfPatientID",
            "LDAP OID",
            "PS3.15",
            False,
            None,
        ),
        "1.2.840.10008.15.0.3.30": UIDInfo(
            dicomPreferredCallingAETitle,
            "dicomPreferredCallingAETitle",
            "dicomPreferredCallingAETitle",
            "LDAP OID",
            "PS3.15",
            False,
            None,
        ),
        "1.2.840.10008.15.0.3.31": UIDInfo(
            dicomSupportedCharacterSet,
            "dicomSupportedCharacterSet",
            "dicomSupportedCharacterSet",
            "LDAP OID",
            "PS3.15",
            False,
            None,
        ),
        "1.2.840.10008.15.0.4.1": UIDInfo(
            dicomConfigurationRoot,
            "dicomConfigurationRoot",
            "dicomConfigurationRoot",
            "LDAP OID",
            "PS3.15",
            False,
            None,
        ),
        "1.2.840.10008.15.0.4.2": UIDInfo(
            dicomDevicesRoot,
            "dicomDevicesRoot",
            "dicomDevicesRoot",
            "LDAP OID",
            "PS3.15",
            False,
            None,
        ),
        "1.2.840.10008.15.0.4.3": UIDInfo(
            dicomUniqueAETitlesRegistryRoot,
            "dicomUniqueAETitlesRegistryRoot",
            "dicomUniqueAETitlesRegistryRoot",
            "LDAP OID",
            "PS3.15",
            False,
            None,
        ),
        "1.2.840.10008.15.0.4.4": UIDInfo(
            dicomDevice, "dicomDevice", "dicomDevice", "LDAP OID", "PS3.15", False, None
        ),
        "1.2.840.10008.15.0.4.5": UIDInfo(
            dicomNetworkAE, "dicomNetworkAE", "dicomNetworkAE", "LDAP OID", "PS3.15", False, None
        ),
        "1.2.840.10008.15.0.4.6": UIDInfo(
            dicomNetworkConnection,
            "dicomNetworkConnection",
            "dicomNetworkConnection",
            "LDAP OID",
            "PS3.15",
            False,
            None,
        ),
        "1.2.840.10008.15.0.4.7": UIDInfo(
            dicomUniqueAETitle,
            "dicomUniqueAETitle",
            "dicomUniqueAETitle",
            "LDAP OID",
            "PS3.15",
            False,
            None,
        ),
        "1.2.840.10008.15.0.4.8": UIDInfo(
            dicomTransferCapability,
            "dicomTransferCapability",
            "dicomTransferCapability",
            "LDAP OID",
            "PS3.15",
            False,
            None,
        ),
        "1.2.840.10008.15.1.1": UIDInfo(
            UTC,
            "Universal Coordinated Time",
            "UTC",
            "Synchronization Frame of Reference",
            "PS3.3",
            False,
            None,
        ),
        "1.2.840.10008.1.4.1.1": UIDInfo(
            TalairachBrainAtlas,
            "Talairach Brain Atlas Frame of Reference",
            "TalairachBrainAtlas",
            "Well-known Frame of Reference",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.4.1.2": UIDInfo(
            SPM2T1,
            "SPM2 T1 Frame of Reference",
            "SPM2T1",
            "Well-known Frame of Reference",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.4.1.3": UIDInfo(
            SPM2T2,
            "SPM2 T2 Frame of Reference",
            "SPM2T2",
            "Well-known Frame of Reference",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.4.1.4": UIDInfo(
            SPM2PD,
            "SPM2 PD Frame of Reference",
            "SPM2PD",
            "Well-known Frame of Reference",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.4.1.5": UIDInfo(
            SPM2EPI,
            "SPM2 EPI Frame of Reference",
            "SPM2EPI",
            "Well-known Frame of Reference",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.4.1.6": UIDInfo(
            SPM2FILT1,
            "SPM2 FIL T1 Frame of Reference",
            "SPM2FILT1",
            "Well-known Frame of Reference",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.4.1.7": UIDInfo(
            SPM2PET,
            "SPM2 PET Frame of Reference",
            "SPM2PET",
            "Well-known Frame of Reference",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.4.1.8": UIDInfo(
            SPM2TRANSM,
            "SPM2 TRANSM Frame of Reference",
            "SPM2TRANSM",
            "Well-known Frame of Reference",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.4.1.9": UIDInfo(
            SPM2SPECT,
            "SPM2 SPECT Frame of Reference",
            "SPM2SPECT",
            "Well-known Frame of Reference",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.4.1.10": UIDInfo(
            SPM2GRAY,
            "SPM2 GRAY Frame of Reference",
            "SPM2GRAY",
            "Well-known Frame of Reference",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.4.1.11": UIDInfo(
            SPM2WHITE,
            "SPM2 WHITE Frame of Reference",
            "SPM2WHITE",
            "Well-known Frame of Reference",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.4.1.12": UIDInfo(
            SPM2CSF,
            "SPM2 CSF Frame of Reference",
            "SPM2CSF",
            "Well-known Frame of Reference",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.4.1.13": UIDInfo(
            SPM2BRAINMASK,
            "SPM2 BRAINMASK Frame of Reference",
            "SPM2BRAINMASK",
            "Well-known Frame of Reference",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.4.1.14": UIDInfo(
            SPM2AVG305T1,
            "SPM2 AVG305T1 Frame of Reference",
            "SPM2AVG305T1",
            "Well-known Frame of Reference",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.4.1.15": UIDInfo(
            SPM2AVG152T1,
            "SPM2 AVG152T1 Frame of Reference",
            "SPM2AVG152T1",
            "Well-known Frame of Reference",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.4.1.16": UIDInfo(
            SPM2AVG152T2,
            "SPM2 AVG152T2 Frame of Reference",
            "SPM2AVG152T2",
            "Well-known Frame of Reference",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.4.1.17": UIDInfo(
            SPM2AVG152PD,
            "SPM2 AVG152PD Frame of Reference",
            "SPM2AVG152PD",
            "Well-known Frame of Reference",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.4.1.18": UIDInfo(
            SPM2SINGLESUBJT1,
            "SPM2 SINGLESUBJT1 Frame of Reference",
            "SPM2SINGLESUBJT1",
            "Well-known Frame of Reference",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.4.2.1": UIDInfo(
            ICBM452T1,
            "ICBM 452 T1 Frame of Reference",
            "ICBM452T1",
            "Well-known Frame of Reference",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.4.2.2": UIDInfo(
            ICBMSingleSubjectMRI,
            "ICBM Single Subject MRI Frame of Reference",
            "ICBMSingleSubjectMRI",
            "Well-known Frame of Reference",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.4.3.1": UIDInfo(
            IEC61217FixedCoordinateSystem,
            "IEC 61217 Fixed Coordinate System Frame of Reference",
            "IEC61217FixedCoordinateSystem",
            "Well-known Frame of Reference",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.4.3.2": UIDInfo(
            StandardRoboticArmCoordinateSystem,
            "Standard Robotic-Arm Coordinate System Frame of Reference",
            "StandardRoboticArmCoordinateSystem",
            "Well-known Frame of Reference",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.4.3.3": UIDInfo(
            IEC61217TableTopCoordinateSystem,
            "IEC 61217 Table Top Coordinate System Frame of Reference",
            "IEC61217TableTopCoordinateSystem",
            "Well-known Frame of Reference",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.4.4.1": UIDInfo(
            SRI24,
            "SRI24 Frame of Reference",
            "SRI24",
            "Well-known Frame of Reference",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.4.5.1": UIDInfo(
            Colin27,
            "Colin27 Frame of Reference",
            "Colin27",
            "Well-known Frame of Reference",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.4.6.1": UIDInfo(
            LPBA40AIR,
            "LPBA40/AIR Frame of Reference",
            "LPBA40AIR",
            "Well-known Frame of Reference",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.4.6.2": UIDInfo(
            LPBA40FLIRT,
            "LPBA40/FLIRT Frame of Reference",
            "LPBA40FLIRT",
            "Well-known Frame of Reference",
            "PS3.6",
            False,
            None,
        ),
        "1.2.840.10008.1.4.6.3": UIDInfo(
            LPBA40SPM5,
            "LPBA40/SPM5 Frame of Reference",
            "LPBA40SPM5",
            "Well-known Frame of Reference",
            "PS3.6",
            False,
            None,
        ),
    }
)
"""UID value -> its row: name, keyword, type, Part, retired, IOD class."""


def iod_class_name(uid: str) -> str | None:
    """The IOD class name of a SOP class (``CTImage``), ``None`` for any other UID."""
    info = UID_INFO.get(uid)
    return None if info is None else info.iod_class
