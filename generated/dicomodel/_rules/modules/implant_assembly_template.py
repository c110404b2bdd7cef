"""Presence rules of Implant Assembly Template Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ImplantAssemblyTemplateModule = (
    "table_C.29.2-1",
    (
        (
            "EffectiveDateTime",
            Attribute(0x00686226, "DT", "1", "1", name="Effective DateTime"),
            None,
        ),
        (
            "ImplantAssemblyTemplateName",
            Attribute(0x00760001, "LO", "1", "2", name="Implant Assembly Template Name"),
            None,
        ),
        (
            "ImplantAssemblyTemplateIssuer",
            Attribute(0x00760003, "LO", "1", "1", name="Implant Assembly Template Issuer"),
            None,
        ),
        (
            "ImplantAssemblyTemplateVersion",
            Attribute(0x00760006, "LO", "1", "2", name="Implant Assembly Template Version"),
            None,
        ),
        (
            "ReplacedImplantAssemblyTemplateSequence",
            Attribute(
                0x00760008,
                "SQ",
                "1",
                "1C",
                name="Replaced Implant Assembly Template Sequence",
                when=("unknown", "names no attribute: the Instance replaces another Instance"),
            ),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "ImplantAssemblyTemplateType",
            Attribute(
                0x0076000A,
                "CS",
                "1",
                "1",
                name="Implant Assembly Template Type",
                enumerated=((0, ("ORIGINAL", "DERIVED")),),
            ),
            None,
        ),
        (
            "OriginalImplantAssemblyTemplateSequence",
            Attribute(
                0x0076000C,
                "SQ",
                "1",
                "1C",
                name="Original Implant Assembly Template Sequence",
                when=("value", 0x0076000A, 0, "in", ("DERIVED",)),
            ),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "DerivationImplantAssemblyTemplateSequence",
            Attribute(
                0x0076000E,
                "SQ",
                "1",
                "1C",
                name="Derivation Implant Assembly Template Sequence",
                when=("value", 0x0076000A, 0, "in", ("DERIVED",)),
            ),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "ImplantAssemblyTemplateTargetAnatomySequence",
            Attribute(
                0x00760010, "SQ", "1", "1", name="Implant Assembly Template Target Anatomy Sequence"
            ),
            Lazy(
                "dicomodel.items.implant_target_anatomy_sequence_item",
                "ImplantTargetAnatomySequenceItem",
            ),
        ),
        (
            "ProcedureTypeCodeSequence",
            Attribute(0x00760020, "SQ", "1", "1", name="Procedure Type Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "SurgicalTechnique",
            Attribute(0x00760030, "LO", "1", "3", name="Surgical Technique"),
            None,
        ),
        (
            "MIMETypeOfEncapsulatedDocument",
            Attribute(
                0x00420012,
                "LO",
                "1",
                "2",
                name="MIME Type of Encapsulated Document",
                enumerated=((0, ("application/pdf",)),),
            ),
            None,
        ),
        (
            "EncapsulatedDocument",
            Attribute(0x00420011, "OB", "1", "2", name="Encapsulated Document"),
            None,
        ),
        (
            "ComponentTypesSequence",
            Attribute(0x00760032, "SQ", "1", "1", name="Component Types Sequence"),
            Lazy("dicomodel.items.component_types_sequence_item", "ComponentTypesSequenceItem"),
        ),
        (
            "ComponentAssemblySequence",
            Attribute(0x00760060, "SQ", "1", "3", name="Component Assembly Sequence"),
            Lazy(
                "dicomodel.items.component_assembly_sequence_item", "ComponentAssemblySequenceItem"
            ),
        ),
    ),
)
