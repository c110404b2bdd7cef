"""Presence rules of RT General Plan Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTGeneralPlanModule = (
    "table_C.8-45",
    (
        ("RTPlanLabel", Attribute(0x300A0002, "SH", "1", "1", name="RT Plan Label"), None),
        ("RTPlanName", Attribute(0x300A0003, "LO", "1", "3", name="RT Plan Name"), None),
        (
            "RTPlanDescription",
            Attribute(0x300A0004, "ST", "1", "3", name="RT Plan Description"),
            None,
        ),
        ("InstanceNumber", Attribute(0x00200013, "IS", "1", "3", name="Instance Number"), None),
        ("RTPlanDate", Attribute(0x300A0006, "DA", "1", "2", name="RT Plan Date"), None),
        ("RTPlanTime", Attribute(0x300A0007, "TM", "1", "2", name="RT Plan Time"), None),
        (
            "TreatmentProtocols",
            Attribute(0x300A0009, "LO", "1-n", "3", name="Treatment Protocols"),
            None,
        ),
        ("PlanIntent", Attribute(0x300A000A, "CS", "1", "3", name="Plan Intent"), None),
        ("TreatmentSite", Attribute(0x30100077, "LO", "1", "3", name="Treatment Site"), None),
        (
            "TreatmentSiteCodeSequence",
            Attribute(0x30100078, "SQ", "1", "3", name="Treatment Site Code Sequence"),
            Lazy(
                "dicomodel.items.treatment_site_code_sequence_item", "TreatmentSiteCodeSequenceItem"
            ),
        ),
        ("RTPlanGeometry", Attribute(0x300A000C, "CS", "1", "1", name="RT Plan Geometry"), None),
        (
            "ReferencedStructureSetSequence",
            Attribute(
                0x300C0060,
                "SQ",
                "1",
                "1C",
                name="Referenced Structure Set Sequence",
                when=("value", 0x300A000C, 0, "in", ("PATIENT",)),
            ),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "ReferencedDoseSequence",
            Attribute(0x300C0080, "SQ", "1", "3", name="Referenced Dose Sequence"),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "ReferencedRTPlanSequence",
            Attribute(0x300C0002, "SQ", "1", "3", name="Referenced RT Plan Sequence"),
            Lazy(
                "dicomodel.items.referenced_rt_plan_sequence_item_rt_general_plan",
                "ReferencedRTPlanSequenceItemRTGeneralPlan",
            ),
        ),
        (
            "FrameOfReferenceToDisplayedCoordinateSystemTransformationMatrix",
            Attribute(
                0x0070030B,
                "FD",
                "16",
                "3",
                name="Frame of Reference to Displayed Coordinate System Transformation Matrix",
            ),
            None,
        ),
    ),
)
