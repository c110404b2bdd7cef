"""Presence rules of Implant Template Group Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ImplantTemplateGroupModule = (
    "table_C.29.3-1",
    (
        (
            "EffectiveDateTime",
            Attribute(0x00686226, "DT", "1", "1", name="Effective DateTime"),
            None,
        ),
        (
            "ImplantTemplateGroupName",
            Attribute(0x00780001, "LO", "1", "1", name="Implant Template Group Name"),
            None,
        ),
        (
            "ImplantTemplateGroupDescription",
            Attribute(0x00780010, "ST", "1", "3", name="Implant Template Group Description"),
            None,
        ),
        (
            "ImplantTemplateGroupIssuer",
            Attribute(0x00780020, "LO", "1", "1", name="Implant Template Group Issuer"),
            None,
        ),
        (
            "ImplantTemplateGroupVersion",
            Attribute(0x00780024, "LO", "1", "2", name="Implant Template Group Version"),
            None,
        ),
        (
            "ReplacedImplantTemplateGroupSequence",
            Attribute(
                0x00780026,
                "SQ",
                "1",
                "1C",
                name="Replaced Implant Template Group Sequence",
                when=("unknown", "names no attribute: this Instance replaces another Instance"),
            ),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "ImplantTemplateGroupTargetAnatomySequence",
            Attribute(
                0x00780028, "SQ", "1", "3", name="Implant Template Group Target Anatomy Sequence"
            ),
            Lazy(
                "dicomodel.items.implant_target_anatomy_sequence_item",
                "ImplantTargetAnatomySequenceItem",
            ),
        ),
        (
            "ImplantTemplateGroupMembersSequence",
            Attribute(0x0078002A, "SQ", "1", "1", name="Implant Template Group Members Sequence"),
            Lazy(
                "dicomodel.items.implant_template_group_members_sequence_item",
                "ImplantTemplateGroupMembersSequenceItem",
            ),
        ),
        (
            "ImplantTemplateGroupVariationDimensionSequence",
            Attribute(
                0x007800B0,
                "SQ",
                "1",
                "1",
                name="Implant Template Group Variation Dimension Sequence",
            ),
            Lazy(
                "dicomodel.items.implant_template_group_variation_dimension_sequence_item",
                "ImplantTemplateGroupVariationDimensionSequenceItem",
            ),
        ),
    ),
)
