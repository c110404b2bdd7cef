"""Presence rules of RT Dose Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTDoseModule = (
    "table_C.8-39",
    (
        (
            "SamplesPerPixel",
            Attribute(
                0x00280002,
                "US",
                "1",
                "1C",
                name="Samples per Pixel",
                enumerated=((0, ("1",)),),
                when=("present", 0x7FE00010),
            ),
            None,
        ),
        (
            "PhotometricInterpretation",
            Attribute(
                0x00280004,
                "CS",
                "1",
                "1C",
                name="Photometric Interpretation",
                enumerated=((0, ("MONOCHROME2",)),),
                when=("present", 0x7FE00010),
            ),
            None,
        ),
        (
            "BitsAllocated",
            Attribute(
                0x00280100,
                "US",
                "1",
                "1C",
                name="Bits Allocated",
                enumerated=((0, ("16", "32")),),
                when=("present", 0x7FE00010),
            ),
            None,
        ),
        (
            "BitsStored",
            Attribute(
                0x00280101, "US", "1", "1C", name="Bits Stored", when=("present", 0x7FE00010)
            ),
            None,
        ),
        (
            "HighBit",
            Attribute(0x00280102, "US", "1", "1C", name="High Bit", when=("present", 0x7FE00010)),
            None,
        ),
        (
            "PixelRepresentation",
            Attribute(
                0x00280103,
                "US",
                "1",
                "1C",
                name="Pixel Representation",
                enumerated=((0, ("0001H", "0000H")),),
                when=("present", 0x7FE00010),
            ),
            None,
        ),
        ("ContentDate", Attribute(0x00080023, "DA", "1", "3", name="Content Date"), None),
        ("ContentTime", Attribute(0x00080033, "TM", "1", "3", name="Content Time"), None),
        (
            "DoseUnits",
            Attribute(
                0x30040002, "CS", "1", "1", name="Dose Units", enumerated=((0, ("GY", "RELATIVE")),)
            ),
            None,
        ),
        ("DoseType", Attribute(0x30040004, "CS", "1", "1", name="Dose Type"), None),
        (
            "SpatialTransformOfDose",
            Attribute(0x30040005, "CS", "1", "3", name="Spatial Transform of Dose"),
            None,
        ),
        (
            "ReferencedSpatialRegistrationSequence",
            Attribute(
                0x00700404,
                "SQ",
                "1",
                "2C",
                name="Referenced Spatial Registration Sequence",
                when=(
                    "and",
                    ("present", 0x30040005),
                    ("value", 0x30040005, 0, "in", ("RIGID", "NON_RIGID")),
                ),
            ),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        ("InstanceNumber", Attribute(0x00200013, "IS", "1", "3", name="Instance Number"), None),
        ("EntityLongLabel", Attribute(0x30100038, "LO", "1", "3", name="Entity Long Label"), None),
        ("DoseComment", Attribute(0x30040006, "LO", "1", "3", name="Dose Comment"), None),
        (
            "NormalizationPoint",
            Attribute(0x30040008, "DS", "3", "3", name="Normalization Point"),
            None,
        ),
        (
            "DoseSummationType",
            Attribute(0x3004000A, "CS", "1", "1", name="Dose Summation Type"),
            None,
        ),
        (
            "ReferencedRTPlanSequence",
            Attribute(
                0x300C0002,
                "SQ",
                "1",
                "1C",
                name="Referenced RT Plan Sequence",
                when=(
                    "value",
                    0x3004000A,
                    0,
                    "in",
                    (
                        "PLAN",
                        "MULTI_PLAN",
                        "FRACTION",
                        "BEAM",
                        "BRACHY",
                        "FRACTION_SESSION",
                        "BEAM_SESSION",
                        "BRACHY_SESSION",
                        "CONTROL_POINT",
                    ),
                ),
            ),
            Lazy(
                "dicomodel.items.referenced_rt_plan_sequence_item_rt_dose",
                "ReferencedRTPlanSequenceItemRTDose",
            ),
        ),
        (
            "ReferencedTreatmentRecordSequence",
            Attribute(
                0x30080030,
                "SQ",
                "1",
                "1C",
                name="Referenced Treatment Record Sequence",
                when=("value", 0x3004000A, 0, "in", ("RECORD",)),
            ),
            Lazy(
                "dicomodel.items.referenced_treatment_record_sequence_item",
                "ReferencedTreatmentRecordSequenceItem",
            ),
        ),
        (
            "GridFrameOffsetVector",
            Attribute(
                0x3004000C,
                "DS",
                "2-n",
                "1C",
                name="Grid Frame Offset Vector",
                when=(
                    "and",
                    ("unknown", "depends on the multi-frame structure of the pixel data"),
                    ("value", 0x00280009, 0, "in", (805568524,)),
                ),
            ),
            None,
        ),
        (
            "DoseGridScaling",
            Attribute(
                0x3004000E, "DS", "1", "1C", name="Dose Grid Scaling", when=("present", 0x7FE00010)
            ),
            None,
        ),
        (
            "TissueHeterogeneityCorrection",
            Attribute(
                0x30040014,
                "CS",
                "1-3",
                "3",
                name="Tissue Heterogeneity Correction",
                enumerated=((0, ("IMAGE", "ROI_OVERRIDE", "WATER")),),
            ),
            None,
        ),
        (
            "DerivationCodeSequence",
            Attribute(0x00089215, "SQ", "1", "3", name="Derivation Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "ReferencedInstanceSequence",
            Attribute(0x0008114A, "SQ", "1", "3", name="Referenced Instance Sequence"),
            Lazy(
                "dicomodel.items.referenced_instance_sequence_item_rt_dose",
                "ReferencedInstanceSequenceItemRTDose",
            ),
        ),
        (
            "PlanOverviewSequence",
            Attribute(
                0x300C0116,
                "SQ",
                "1",
                "1C",
                name="Plan Overview Sequence",
                when=("value", 0x3004000A, 0, "in", ("PLAN_OVERVIEW",)),
            ),
            Lazy("dicomodel.items.plan_overview_sequence_item", "PlanOverviewSequenceItem"),
        ),
    ),
)
