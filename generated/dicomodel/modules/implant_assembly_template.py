"""Implant Assembly Template Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.implant_assembly_template_type import (
        ImplantAssemblyTemplateTypeValue as _ImplantAssemblyTemplateTypeValue,
    )
    from dicomodel.enums.mime_type_of_encapsulated_document import (
        MIMETypeOfEncapsulatedDocumentValue as _MIMETypeOfEncapsulatedDocumentValue,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.component_assembly_sequence_item import (
        ComponentAssemblySequenceItem as _ComponentAssemblySequenceItem,
    )
    from dicomodel.items.component_types_sequence_item import (
        ComponentTypesSequenceItem as _ComponentTypesSequenceItem,
    )
    from dicomodel.items.implant_target_anatomy_sequence_item import (
        ImplantTargetAnatomySequenceItem as _ImplantTargetAnatomySequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ComponentAssemblySequenceItem = Lazy(
        "dicomodel.items.component_assembly_sequence_item", "ComponentAssemblySequenceItem"
    )
    _ComponentTypesSequenceItem = Lazy(
        "dicomodel.items.component_types_sequence_item", "ComponentTypesSequenceItem"
    )
    _ImplantAssemblyTemplateTypeValue = Lazy(
        "dicomodel.enums.implant_assembly_template_type", "ImplantAssemblyTemplateTypeValue"
    )
    _ImplantTargetAnatomySequenceItem = Lazy(
        "dicomodel.items.implant_target_anatomy_sequence_item", "ImplantTargetAnatomySequenceItem"
    )
    _MIMETypeOfEncapsulatedDocumentValue = Lazy(
        "dicomodel.enums.mime_type_of_encapsulated_document", "MIMETypeOfEncapsulatedDocumentValue"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.exclusive_component_type import (
        ExclusiveComponentTypeTerm as ExclusiveComponentTypeTerm,
    )
    from dicomodel.enums.implant_assembly_template_type import (
        ImplantAssemblyTemplateType as ImplantAssemblyTemplateType,
    )
    from dicomodel.enums.mandatory_component_type import (
        MandatoryComponentTypeTerm as MandatoryComponentTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.mime_type_of_encapsulated_document import (
        MIMETypeOfEncapsulatedDocument as MIMETypeOfEncapsulatedDocument,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AnatomicRegionSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ComponentTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ProcedureTypeCodeSequenceItem
    from dicomodel.items.component_assembly_sequence_item import (
        ComponentAssemblySequenceItem as ComponentAssemblySequenceItem,
    )
    from dicomodel.items.component_sequence_item import (
        ComponentSequenceItem as ComponentSequenceItem,
    )
    from dicomodel.items.component_types_sequence_item import (
        ComponentTypesSequenceItem as ComponentTypesSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.implant_target_anatomy_sequence_item import (
        ImplantTargetAnatomySequenceItem as ImplantAssemblyTemplateTargetAnatomySequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as DerivationImplantAssemblyTemplateSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as OriginalImplantAssemblyTemplateSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReplacedImplantAssemblyTemplateSequenceItem,
    )

__all__ = [
    "AnatomicRegionSequenceItem",
    "ComponentAssemblySequenceItem",
    "ComponentSequenceItem",
    "ComponentTypeCodeSequenceItem",
    "ComponentTypesSequenceItem",
    "ContextGroupExtensionFlag",
    "DerivationImplantAssemblyTemplateSequenceItem",
    "EquivalentCodeSequenceItem",
    "ExclusiveComponentTypeTerm",
    "ImplantAssemblyTemplateModule",
    "ImplantAssemblyTemplateTargetAnatomySequenceItem",
    "ImplantAssemblyTemplateType",
    "MIMETypeOfEncapsulatedDocument",
    "MandatoryComponentTypeTerm",
    "MappingResourceTerm",
    "OriginalImplantAssemblyTemplateSequenceItem",
    "ProcedureTypeCodeSequenceItem",
    "ReplacedImplantAssemblyTemplateSequenceItem",
]


class ImplantAssemblyTemplateModule(DicomModel):
    """Implant Assembly Template Module Attributes (PS3.3 Table C.29.2-1)."""

    dicom_name: ClassVar[str] = "Implant Assembly Template"
    dicom_table: ClassVar[str] = "table_C.29.2-1"

    EffectiveDateTime: Annotated[
        vr.DT, Attribute(0x00686226, "DT", "1", "1", name="Effective DateTime")
    ]
    """Effective DateTime (0068,6226): Type 1, VR DT, VM 1. Date and time from which on this Instance is valid."""

    ImplantAssemblyTemplateName: Annotated[
        vr.LO | None, Attribute(0x00760001, "LO", "1", "2", name="Implant Assembly Template Name")
    ]
    """Implant Assembly Template Name (0076,0001): Type 2, VR LO, VM 1. A name given to the assembly described in this Instance."""

    ImplantAssemblyTemplateIssuer: Annotated[
        vr.LO, Attribute(0x00760003, "LO", "1", "1", name="Implant Assembly Template Issuer")
    ]
    """Implant Assembly Template Issuer (0076,0003): Type 1, VR LO, VM 1. The person or organization who issued the assembly template."""

    ImplantAssemblyTemplateVersion: Annotated[
        vr.LO | None,
        Attribute(0x00760006, "LO", "1", "2", name="Implant Assembly Template Version"),
    ]
    """Implant Assembly Template Version (0076,0006): Type 2, VR LO, VM 1. The version code of the Implant Assembly Template."""

    ReplacedImplantAssemblyTemplateSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x00760008,
            "SQ",
            "1",
            "1C",
            name="Replaced Implant Assembly Template Sequence",
            when=("unknown", "names no attribute: the Instance replaces another Instance"),
        ),
    ] = None
    """Replaced Implant Assembly Template Sequence (0076,0008): Type 1C, VR SQ, VM 1. Required if the Instance replaces another Instance. Reference to the Implant Assembly Template that is replaced by this Instance. Only a single Item shall be included in this Sequence. Required if the Instance replaces another Instance."""

    ImplantAssemblyTemplateType: Annotated[
        _ImplantAssemblyTemplateTypeValue,
        Attribute(
            0x0076000A,
            "CS",
            "1",
            "1",
            name="Implant Assembly Template Type",
            enumerated=((0, ("ORIGINAL", "DERIVED")),),
        ),
    ]
    """Implant Assembly Template Type (0076,000A): Type 1, VR CS, VM 1. Indicates whether the Implant Assembly Template is derived from another Instance. Enumerated Values: ORIGINAL DERIVED"""

    OriginalImplantAssemblyTemplateSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x0076000C,
            "SQ",
            "1",
            "1C",
            name="Original Implant Assembly Template Sequence",
            when=("value", 0x0076000A, 0, "in", ("DERIVED",)),
        ),
    ] = None
    """Original Implant Assembly Template Sequence (0076,000C): Type 1C, VR SQ, VM 1. Required if Implant Assembly Template Type (0076,000A) is DERIVED. Reference to the Implant Assembly Template Instance with Implant Assembly Template Type (0076,000A) ORIGINAL from which this Instance was ultimately derived. Only a single Item shall be included in this Sequence."""

    DerivationImplantAssemblyTemplateSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x0076000E,
            "SQ",
            "1",
            "1C",
            name="Derivation Implant Assembly Template Sequence",
            when=("value", 0x0076000A, 0, "in", ("DERIVED",)),
        ),
    ] = None
    """Derivation Implant Assembly Template Sequence (0076,000E): Type 1C, VR SQ, VM 1. Required if Implant Assembly Template Type (0076,000A) is DERIVED. Reference to the Implant Template Instance from which this Instance was directly derived. Only a single Item shall be included in this Sequence. Required if Implant Assembly Template Type (0076,000A) is DERIVED."""

    ImplantAssemblyTemplateTargetAnatomySequence: Annotated[
        list[_ImplantTargetAnatomySequenceItem],
        Attribute(
            0x00760010, "SQ", "1", "1", name="Implant Assembly Template Target Anatomy Sequence"
        ),
    ]
    """Implant Assembly Template Target Anatomy Sequence (0076,0010): Type 1, VR SQ, VM 1. Identifies the anatomical region the implant assembly is to be implanted to. One or more Items shall be included in this Sequence."""

    ProcedureTypeCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00760020, "SQ", "1", "1", name="Procedure Type Code Sequence"),
    ]
    """Procedure Type Code Sequence (0076,0020): Type 1, VR SQ, VM 1. Coded description of the procedure by which the assembly is implanted. One or more Items shall be included in this Sequence."""

    SurgicalTechnique: Annotated[
        vr.LO | None, Attribute(0x00760030, "LO", "1", "3", name="Surgical Technique")
    ] = None
    """Surgical Technique (0076,0030): Type 3, VR LO, VM 1. The surgical technique associated with this assembly template."""

    MIMETypeOfEncapsulatedDocument: Annotated[
        _MIMETypeOfEncapsulatedDocumentValue | None,
        Attribute(
            0x00420012,
            "LO",
            "1",
            "2",
            name="MIME Type of Encapsulated Document",
            enumerated=((0, ("application/pdf",)),),
        ),
    ]
    """MIME Type of Encapsulated Document (0042,0012): Type 2, VR LO, VM 1. The type of the encapsulated document stream described using the MIME Media Type (see RFC 2046). Enumerated Values: application/pdf"""

    EncapsulatedDocument: Annotated[
        vr.OB | None, Attribute(0x00420011, "OB", "1", "2", name="Encapsulated Document")
    ]
    """Encapsulated Document (0042,0011): Type 2, VR OB, VM 1. Encapsulated Document stream, containing a document encoded according to the MIME Type. PDF description of the surgical technique."""

    ComponentTypesSequence: Annotated[
        list[_ComponentTypesSequenceItem],
        Attribute(0x00760032, "SQ", "1", "1", name="Component Types Sequence"),
    ]
    """Component Types Sequence (0076,0032): Type 1, VR SQ, VM 1. Sets of components of which the assembly is constructed. One or more Items shall be included in this Sequence."""

    ComponentAssemblySequence: Annotated[
        list[_ComponentAssemblySequenceItem] | None,
        Attribute(0x00760060, "SQ", "1", "3", name="Component Assembly Sequence"),
    ] = None
    """Component Assembly Sequence (0076,0060): Type 3, VR SQ, VM 1. Information about how to connect the implants from the component groups. One or more Items are permitted in this Sequence. See Section C.29.2.1.1.1 for details."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnatomicRegionSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ComponentAssemblySequenceItem": (
        "dicomodel.items.component_assembly_sequence_item",
        "ComponentAssemblySequenceItem",
    ),
    "ComponentSequenceItem": ("dicomodel.items.component_sequence_item", "ComponentSequenceItem"),
    "ComponentTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ComponentTypesSequenceItem": (
        "dicomodel.items.component_types_sequence_item",
        "ComponentTypesSequenceItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DerivationImplantAssemblyTemplateSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "ExclusiveComponentTypeTerm": (
        "dicomodel.enums.exclusive_component_type",
        "ExclusiveComponentTypeTerm",
    ),
    "ImplantAssemblyTemplateTargetAnatomySequenceItem": (
        "dicomodel.items.implant_target_anatomy_sequence_item",
        "ImplantTargetAnatomySequenceItem",
    ),
    "ImplantAssemblyTemplateType": (
        "dicomodel.enums.implant_assembly_template_type",
        "ImplantAssemblyTemplateType",
    ),
    "MIMETypeOfEncapsulatedDocument": (
        "dicomodel.enums.mime_type_of_encapsulated_document",
        "MIMETypeOfEncapsulatedDocument",
    ),
    "MandatoryComponentTypeTerm": (
        "dicomodel.enums.mandatory_component_type",
        "MandatoryComponentTypeTerm",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OriginalImplantAssemblyTemplateSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ProcedureTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ReplacedImplantAssemblyTemplateSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
