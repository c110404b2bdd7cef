"""Wide Field Ophthalmic Photography Stereographic Projection Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.ophthalmic_axial_length_method import (
        OphthalmicAxialLengthMethodValue as _OphthalmicAxialLengthMethodValue,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as _AlgorithmIdentificationItem,
    )
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as _AnatomicRegionSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as _PrimaryAnatomicStructureSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AlgorithmIdentificationItem = Lazy(
        "dicomodel.items.algorithm_identification_item", "AlgorithmIdentificationItem"
    )
    _AnatomicRegionSequenceItem = Lazy(
        "dicomodel.items.anatomic_region_sequence_item", "AnatomicRegionSequenceItem"
    )
    _OphthalmicAxialLengthMethodValue = Lazy(
        "dicomodel.enums.ophthalmic_axial_length_method", "OphthalmicAxialLengthMethodValue"
    )
    _PrimaryAnatomicStructureSequenceItem = Lazy(
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.ophthalmic_axial_length_method import (
        OphthalmicAxialLengthMethod as OphthalmicAxialLengthMethod,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as TransformationAlgorithmSequenceItem,
    )
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as AnatomicRegionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AnatomicRegionModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as PrimaryAnatomicStructureSequenceItem,
    )

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "AnatomicRegionModifierSequenceItem",
    "AnatomicRegionSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "OphthalmicAxialLengthMethod",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
    "TransformationAlgorithmSequenceItem",
    "WideFieldOphthalmicPhotographyStereographicProjectionModule",
]


class WideFieldOphthalmicPhotographyStereographicProjectionModule(DicomModel):
    """Wide Field Ophthalmic Photography Stereographic Projection Module Attributes (PS3.3 Table C.8.17.11-1)."""

    dicom_name: ClassVar[str] = "Wide Field Ophthalmic Photography Stereographic Projection"
    dicom_table: ClassVar[str] = "table_C.8.17.11-1"

    AnatomicRegionSequence: Annotated[
        list[_AnatomicRegionSequenceItem],
        Attribute(0x00082218, "SQ", "1", "1", name="Anatomic Region Sequence"),
    ]
    """Anatomic Region Sequence (0008,2218): Type 1, VR SQ, VM 1. Sequence that identifies the anatomic region of interest in this Instance (i.e., external anatomy, surface anatomy, or general region of the body). Only a single Item shall be included in this Sequence."""

    PrimaryAnatomicStructureSequence: Annotated[
        list[_PrimaryAnatomicStructureSequenceItem] | None,
        Attribute(0x00082228, "SQ", "1", "3", name="Primary Anatomic Structure Sequence"),
    ] = None
    """Primary Anatomic Structure Sequence (0008,2228): Type 3, VR SQ, VM 1. Sequence of Items that identifies the primary anatomic structure(s) of interest in this Instance. One or more Items are permitted in this Sequence."""

    TransformationAlgorithmSequence: Annotated[
        list[_AlgorithmIdentificationItem],
        Attribute(0x00221513, "SQ", "1", "1", name="Transformation Algorithm Sequence"),
    ]
    """Transformation Algorithm Sequence (0022,1513): Type 1, VR SQ, VM 1. Software algorithm used for stereographic projection. Only a single Item shall be included in this Sequence."""

    OphthalmicAxialLength: Annotated[
        vr.FL, Attribute(0x00221019, "FL", "1", "1", name="Ophthalmic Axial Length")
    ]
    """Ophthalmic Axial Length (0022,1019): Type 1, VR FL, VM 1. The axial length measurement used for the stereographic projection, in mm."""

    OphthalmicAxialLengthMethod: Annotated[
        _OphthalmicAxialLengthMethodValue,
        Attribute(
            0x00221515,
            "CS",
            "1",
            "1",
            name="Ophthalmic Axial Length Method",
            enumerated=((0, ("MEASURED", "ESTIMATED", "POPULATION")),),
        ),
    ]
    """Ophthalmic Axial Length Method (0022,1515): Type 1, VR CS, VM 1. The method used to obtain the Ophthalmic Axial Length. Enumerated values: MEASURED Measured axial length. ESTIMATED An estimated value based upon performing the examination (i.e., based upon surrogate markers of axial length)."""

    XCoordinatesCenterPixelViewAngle: Annotated[
        vr.FL, Attribute(0x00221528, "FL", "1", "1", name="X Coordinates Center Pixel View Angle")
    ]
    """X Coordinates Center Pixel View Angle (0022,1528): Type 1, VR FL, VM 1. The horizontal angle covered on the sphere by the center pixel of the projected image, as measured from the center of the sphere, in degrees. See Section C.8.17.11.1.1 for further explanation."""

    YCoordinatesCenterPixelViewAngle: Annotated[
        vr.FL, Attribute(0x00221529, "FL", "1", "1", name="Y Coordinates Center Pixel View Angle")
    ]
    """Y Coordinates Center Pixel View Angle (0022,1529): Type 1, VR FL, VM 1. The vertical angle covered on the sphere by the center pixel of the projected image, as measured from the center of the sphere, in degrees. See Section C.8.17.11.1.1 for further explanation."""

    OphthalmicFOV: Annotated[
        vr.FL | None, Attribute(0x00221517, "FL", "1", "3", name="Ophthalmic FOV")
    ] = None
    """Ophthalmic FOV (0022,1517): Type 3, VR FL, VM 1. The field of view used to capture the ophthalmic image, in degrees. The field of view is the maximum image size displayed on the image plane, expressed as the angle subtended at the exit pupil of the eye by the maximum dimension 2r (where r..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AnatomicRegionModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "AnatomicRegionSequenceItem": (
        "dicomodel.items.anatomic_region_sequence_item",
        "AnatomicRegionSequenceItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OphthalmicAxialLengthMethod": (
        "dicomodel.enums.ophthalmic_axial_length_method",
        "OphthalmicAxialLengthMethod",
    ),
    "PrimaryAnatomicStructureModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PrimaryAnatomicStructureSequenceItem": (
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    ),
    "TransformationAlgorithmSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
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
