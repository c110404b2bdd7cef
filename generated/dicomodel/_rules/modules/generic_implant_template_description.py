"""Presence rules of Generic Implant Template Description Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
GenericImplantTemplateDescriptionModule = (
    "table_C.29.1.1-1",
    (
        ("Manufacturer", Attribute(0x00080070, "LO", "1", "1", name="Manufacturer"), None),
        (
            "FrameOfReferenceUID",
            Attribute(0x00200052, "UI", "1", "1", name="Frame of Reference UID"),
            None,
        ),
        ("ImplantName", Attribute(0x00221095, "LO", "1", "1", name="Implant Name"), None),
        (
            "ImplantSize",
            Attribute(
                0x00686210,
                "LO",
                "1",
                "1C",
                name="Implant Size",
                when=("unknown", "depends on what is known to the creator"),
                otherwise="may",
            ),
            None,
        ),
        (
            "ImplantPartNumber",
            Attribute(0x00221097, "LO", "1", "1", name="Implant Part Number"),
            None,
        ),
        (
            "ImplantTemplateVersion",
            Attribute(0x00686221, "LO", "1", "1", name="Implant Template Version"),
            None,
        ),
        (
            "ReplacedImplantTemplateSequence",
            Attribute(
                0x00686222,
                "SQ",
                "1",
                "1C",
                name="Replaced Implant Template Sequence",
                when=("unknown", "names no attribute: this Instance replaces another Instance"),
            ),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "ImplantType",
            Attribute(
                0x00686223,
                "CS",
                "1",
                "1",
                name="Implant Type",
                enumerated=((0, ("ORIGINAL", "DERIVED")),),
            ),
            None,
        ),
        (
            "OriginalImplantTemplateSequence",
            Attribute(
                0x00686225,
                "SQ",
                "1",
                "1C",
                name="Original Implant Template Sequence",
                when=("value", 0x00686223, 0, "in", ("DERIVED",)),
            ),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "DerivationImplantTemplateSequence",
            Attribute(
                0x00686224,
                "SQ",
                "1",
                "1C",
                name="Derivation Implant Template Sequence",
                when=("value", 0x00686223, 0, "in", ("DERIVED",)),
            ),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "EffectiveDateTime",
            Attribute(0x00686226, "DT", "1", "1", name="Effective DateTime"),
            None,
        ),
        (
            "ImplantTargetAnatomySequence",
            Attribute(0x00686230, "SQ", "1", "3", name="Implant Target Anatomy Sequence"),
            Lazy(
                "dicomodel.items.implant_target_anatomy_sequence_item",
                "ImplantTargetAnatomySequenceItem",
            ),
        ),
        (
            "NotificationFromManufacturerSequence",
            Attribute(
                0x00686265,
                "SQ",
                "1",
                "1C",
                name="Notification From Manufacturer Sequence",
                when=("unknown", "names no attribute: such information has been issued"),
            ),
            Lazy(
                "dicomodel.items.notification_from_manufacturer_sequence_item",
                "NotificationFromManufacturerSequenceItem",
            ),
        ),
        (
            "InformationFromManufacturerSequence",
            Attribute(0x00686260, "SQ", "1", "3", name="Information From Manufacturer Sequence"),
            Lazy(
                "dicomodel.items.notification_from_manufacturer_sequence_item",
                "NotificationFromManufacturerSequenceItem",
            ),
        ),
        (
            "ImplantRegulatoryDisapprovalCodeSequence",
            Attribute(
                0x006862A0,
                "SQ",
                "1",
                "1C",
                name="Implant Regulatory Disapproval Code Sequence",
                when=(
                    "unknown",
                    "names no attribute: the implant has been disapproved in a country or a region",
                ),
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "OverallTemplateSpatialTolerance",
            Attribute(0x006862A5, "FD", "1", "2", name="Overall Template Spatial Tolerance"),
            None,
        ),
        (
            "MaterialsCodeSequence",
            Attribute(0x006863A0, "SQ", "1", "1", name="Materials Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "CoatingMaterialsCodeSequence",
            Attribute(
                0x006863A4,
                "SQ",
                "1",
                "1C",
                name="Coating Materials Code Sequence",
                when=("unknown", "names no attribute: the implant is coated"),
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "ImplantTypeCodeSequence",
            Attribute(0x006863A8, "SQ", "1", "1", name="Implant Type Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "FixationMethodCodeSequence",
            Attribute(0x006863AC, "SQ", "1", "1", name="Fixation Method Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
    ),
)
