"""Corneal Topography Map Analysis Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.corneal_topography_map_quality_evaluation import (
        CornealTopographyMapQualityEvaluationValue as _CornealTopographyMapQualityEvaluationValue,
    )
    from dicomodel.enums.corneal_topography_surface import (
        CornealTopographySurfaceValue as _CornealTopographySurfaceValue,
    )
    from dicomodel.enums.ophthalmic_mapping_device_type import (
        OphthalmicMappingDeviceTypeTermCornealTopographyMapAnalysis as _OphthalmicMappingDeviceTypeTermCornealTopographyMapAnalysis,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.externally_sourced_data_set_identification_item import (
        ExternallySourcedDataSetIdentificationItem as _ExternallySourcedDataSetIdentificationItem,
    )
    from dicomodel.items.maximum_corneal_curvature_sequence_item import (
        MaximumCornealCurvatureSequenceItem as _MaximumCornealCurvatureSequenceItem,
    )
    from dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy import (
        ReferencedInstanceSequenceItemMRSpectroscopy as _ReferencedInstanceSequenceItemMRSpectroscopy,
    )
    from dicomodel.items.simulated_keratometric_cylinder_sequence_item import (
        SimulatedKeratometricCylinderSequenceItem as _SimulatedKeratometricCylinderSequenceItem,
    )
    from dicomodel.items.source_image_corneal_processed_data_sequence_item import (
        SourceImageCornealProcessedDataSequenceItem as _SourceImageCornealProcessedDataSequenceItem,
    )
    from dicomodel.items.steep_keratometric_axis_sequence_item import (
        SteepKeratometricAxisSequenceItem as _SteepKeratometricAxisSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _CornealTopographyMapQualityEvaluationValue = Lazy(
        "dicomodel.enums.corneal_topography_map_quality_evaluation",
        "CornealTopographyMapQualityEvaluationValue",
    )
    _CornealTopographySurfaceValue = Lazy(
        "dicomodel.enums.corneal_topography_surface", "CornealTopographySurfaceValue"
    )
    _ExternallySourcedDataSetIdentificationItem = Lazy(
        "dicomodel.items.externally_sourced_data_set_identification_item",
        "ExternallySourcedDataSetIdentificationItem",
    )
    _MaximumCornealCurvatureSequenceItem = Lazy(
        "dicomodel.items.maximum_corneal_curvature_sequence_item",
        "MaximumCornealCurvatureSequenceItem",
    )
    _OphthalmicMappingDeviceTypeTermCornealTopographyMapAnalysis = Lazy(
        "dicomodel.enums.ophthalmic_mapping_device_type",
        "OphthalmicMappingDeviceTypeTermCornealTopographyMapAnalysis",
    )
    _ReferencedInstanceSequenceItemMRSpectroscopy = Lazy(
        "dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy",
        "ReferencedInstanceSequenceItemMRSpectroscopy",
    )
    _SimulatedKeratometricCylinderSequenceItem = Lazy(
        "dicomodel.items.simulated_keratometric_cylinder_sequence_item",
        "SimulatedKeratometricCylinderSequenceItem",
    )
    _SourceImageCornealProcessedDataSequenceItem = Lazy(
        "dicomodel.items.source_image_corneal_processed_data_sequence_item",
        "SourceImageCornealProcessedDataSequenceItem",
    )
    _SteepKeratometricAxisSequenceItem = Lazy(
        "dicomodel.items.steep_keratometric_axis_sequence_item", "SteepKeratometricAxisSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.corneal_point_estimated import (
        CornealPointEstimated as CornealPointEstimated,
    )
    from dicomodel.enums.corneal_topography_map_quality_evaluation import (
        CornealTopographyMapQualityEvaluation as CornealTopographyMapQualityEvaluation,
    )
    from dicomodel.enums.corneal_topography_surface import (
        CornealTopographySurface as CornealTopographySurface,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.ophthalmic_mapping_device_type import (
        OphthalmicMappingDeviceTypeTermCornealTopographyMapAnalysis as OphthalmicMappingDeviceTypeTerm,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as CornealTopographyMapTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.externally_sourced_data_set_identification_item import (
        ExternallySourcedDataSetIdentificationItem as CornealTopographyMappingNormalsSequenceItem,
    )
    from dicomodel.items.maximum_corneal_curvature_sequence_item import (
        MaximumCornealCurvatureSequenceItem as MaximumCornealCurvatureSequenceItem,
    )
    from dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy import (
        ReferencedInstanceSequenceItemMRSpectroscopy as SourceImageSequenceItem,
    )
    from dicomodel.items.simulated_keratometric_cylinder_sequence_item import (
        SimulatedKeratometricCylinderSequenceItem as SimulatedKeratometricCylinderSequenceItem,
    )
    from dicomodel.items.source_image_corneal_processed_data_sequence_item import (
        SourceImageCornealProcessedDataSequenceItem as SourceImageCornealProcessedDataSequenceItem,
    )
    from dicomodel.items.steep_keratometric_axis_sequence_item import (
        SteepKeratometricAxisSequenceItem as FlatKeratometricAxisSequenceItem,
    )
    from dicomodel.items.steep_keratometric_axis_sequence_item import (
        SteepKeratometricAxisSequenceItem as MinimumKeratometricSequenceItem,
    )
    from dicomodel.items.steep_keratometric_axis_sequence_item import (
        SteepKeratometricAxisSequenceItem as SteepKeratometricAxisSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "CornealPointEstimated",
    "CornealTopographyMapAnalysisModule",
    "CornealTopographyMapQualityEvaluation",
    "CornealTopographyMapTypeCodeSequenceItem",
    "CornealTopographyMappingNormalsSequenceItem",
    "CornealTopographySurface",
    "EquivalentCodeSequenceItem",
    "FlatKeratometricAxisSequenceItem",
    "MappingResourceTerm",
    "MaximumCornealCurvatureSequenceItem",
    "MinimumKeratometricSequenceItem",
    "OphthalmicMappingDeviceTypeTerm",
    "PurposeOfReferenceCodeSequenceItem",
    "SimulatedKeratometricCylinderSequenceItem",
    "SourceImageCornealProcessedDataSequenceItem",
    "SourceImageSequenceItem",
    "SteepKeratometricAxisSequenceItem",
]


class CornealTopographyMapAnalysisModule(DicomModel):
    """Corneal Topography Map Analysis Module Attributes (PS3.3 Table C.8.30.3-1)."""

    dicom_name: ClassVar[str] = "Corneal Topography Map Analysis"
    dicom_table: ClassVar[str] = "table_C.8.30.3-1"

    OphthalmicMappingDeviceType: Annotated[
        _OphthalmicMappingDeviceTypeTermCornealTopographyMapAnalysis | vr.CS,
        Attribute(0x00221415, "CS", "1", "1", name="Ophthalmic Mapping Device Type"),
    ]
    """Ophthalmic Mapping Device Type (0022,1415): Type 1, VR CS, VM 1. Describes the type of ophthalmic mapping acquisition device. See Section C.8.30.3.1.1 for further explanation. Defined Terms: REFLECTION Reflection topography (i.e., placido, grid, etc.) SLIT_BASED Slit based elevation tomography INTERFEROM..."""

    CornealVertexLocation: Annotated[
        list[vr.FL], Attribute(0x00460202, "FL", "2", "1", name="Corneal Vertex Location")
    ]
    """Corneal Vertex Location (0046,0202): Type 1, VR FL, VM 2. Location of the corneal vertex. This is used for the reference point for other Attributes within this SOP Instance and determined by the Image referenced in the Attribute Source Image Sequence (0008,2112). Given as column\\row."""

    CornealTopographySurface: Annotated[
        _CornealTopographySurfaceValue,
        Attribute(
            0x00460201,
            "CS",
            "1",
            "1",
            name="Corneal Topography Surface",
            enumerated=((0, ("A", "P")),),
        ),
    ]
    """Corneal Topography Surface (0046,0201): Type 1, VR CS, VM 1. Identifies the surface of the corneal topography map. Enumerated Values: A Anterior P Posterior"""

    PupilCentroidXCoordinate: Annotated[
        vr.FL | None,
        Attribute(
            0x00460203,
            "FL",
            "1",
            "1C",
            name="Pupil Centroid X-Coordinate",
            when=("value", 0x00460201, 0, "in", ("A",)),
        ),
    ] = None
    """Pupil Centroid X-Coordinate (0046,0203): Type 1C, VR FL, VM 1. Required if Attribute Corneal Topography Surface (0046,0201) is A (Anterior). The horizontal coordinate of the centroid of the pupil relative to location of the cornea vertex specified in the Attribute Corneal Vertex Location (0046,0202), in mm, such that toward the right is positive."""

    PupilCentroidYCoordinate: Annotated[
        vr.FL | None,
        Attribute(
            0x00460204,
            "FL",
            "1",
            "1C",
            name="Pupil Centroid Y-Coordinate",
            when=("value", 0x00460201, 0, "in", ("A",)),
        ),
    ] = None
    """Pupil Centroid Y-Coordinate (0046,0204): Type 1C, VR FL, VM 1. Required if Attribute Corneal Topography Surface (0046,0201) is A (Anterior). The vertical coordinate of the centroid of the pupil relative to location of the cornea vertex specified in the Attribute Corneal Vertex Location (0046,0202), in mm, such that up is positive."""

    EquivalentPupilRadius: Annotated[
        vr.FL | None,
        Attribute(
            0x00460205,
            "FL",
            "1",
            "1C",
            name="Equivalent Pupil Radius",
            when=("value", 0x00460201, 0, "in", ("A",)),
        ),
    ] = None
    """Equivalent Pupil Radius (0046,0205): Type 1C, VR FL, VM 1. Required if Attribute Corneal Topography Surface (0046,0201) is A (Anterior). The average physical distance in mm from the pupil centroid specified in the Attributes Pupil Centroid X-Coordinate (0046,0203) and Pupil Centroid Y-Coordinate (0046,0204) to the measured perimeter of the pupil."""

    VerticesOfTheOutlineOfPupil: Annotated[
        list[vr.IS] | None,
        Attribute(
            0x00460208,
            "IS",
            "2-2n",
            "1C",
            name="Vertices of the Outline of Pupil",
            when=("value", 0x00460201, 0, "in", ("A",)),
        ),
    ] = None
    """Vertices of the Outline of Pupil (0046,0208): Type 1C, VR IS, VM 2-2n. Required if Attribute Corneal Topography Surface (0046,0201) is A (Anterior). A set of row/column vertices that outline the perimeter of the pupil. Two or more pairs of values follow and are the row and column coordinates of the other vertices that outline the perimeter of the pupil."""

    SteepKeratometricAxisSequence: Annotated[
        list[_SteepKeratometricAxisSequenceItem],
        Attribute(0x00460074, "SQ", "1", "1", name="Steep Keratometric Axis Sequence"),
    ]
    """Steep Keratometric Axis Sequence (0046,0074): Type 1, VR SQ, VM 1. A Sequence that specifies the steepest meridian as defined by the greatest power of curvature and shortest radius of curvature. Only a single Item shall be included in this Sequence."""

    FlatKeratometricAxisSequence: Annotated[
        list[_SteepKeratometricAxisSequenceItem],
        Attribute(0x00460080, "SQ", "1", "1", name="Flat Keratometric Axis Sequence"),
    ]
    """Flat Keratometric Axis Sequence (0046,0080): Type 1, VR SQ, VM 1. A Sequence that specifies the flattest meridian as defined by the least power of curvature and longest radius of curvature. Only a single Item shall be included in this Sequence."""

    MinimumKeratometricSequence: Annotated[
        list[_SteepKeratometricAxisSequenceItem],
        Attribute(0x00460215, "SQ", "1", "1", name="Minimum Keratometric Sequence"),
    ]
    """Minimum Keratometric Sequence (0046,0215): Type 1, VR SQ, VM 1. A Sequence that specifies the lowest power obtained when averaging individual meridian. Only one Item shall be permitted. The measurement is typically taken at 3-4 mm from the corneal vertex."""

    SimulatedKeratometricCylinderSequence: Annotated[
        list[_SimulatedKeratometricCylinderSequenceItem],
        Attribute(0x00460218, "SQ", "1", "1", name="Simulated Keratometric Cylinder Sequence"),
    ]
    """Simulated Keratometric Cylinder Sequence (0046,0218): Type 1, VR SQ, VM 1. A Sequence that specifies simulated keratometric cylinder power of the corneal surface, measured in diopters. Only one Item shall be permitted. This information is obtained from the Steep and Flat Keratometric Axis readings."""

    AverageCornealPower: Annotated[
        vr.FL, Attribute(0x00460220, "FL", "1", "1", name="Average Corneal Power")
    ]
    """Average Corneal Power (0046,0220): Type 1, VR FL, VM 1. The area-corrected average of the corneal power ahead of the entrance pupil, measured in diopters. It is generally equal to the keratometric spherical equivalent except for decentered refractive surgical procedures."""

    CornealISValue: Annotated[
        vr.FL, Attribute(0x00460224, "FL", "1", "1", name="Corneal I-S Value")
    ]
    """Corneal I-S Value (0046,0224): Type 1, VR FL, VM 1. Quantifies the inferior-superior dioptric asymmetry along the vertical meridian to discriminate Keratoconus, measured in diopters. See Rabinowitz YS and McDonnell PJ. \"Computer-assisted corneal topography in keratoconus."""

    AnalyzedArea: Annotated[vr.FL, Attribute(0x00460227, "FL", "1", "1", name="Analyzed Area")]
    """Analyzed Area (0046,0227): Type 1, VR FL, VM 1. The corneal surface area that can be analyzed, measured in mm squared."""

    MaximumCornealCurvatureSequence: Annotated[
        list[_MaximumCornealCurvatureSequenceItem] | None,
        Attribute(0x00460211, "SQ", "1", "3", name="Maximum Corneal Curvature Sequence"),
    ] = None
    """Maximum Corneal Curvature Sequence (0046,0211): Type 3, VR SQ, VM 1. A Sequence to convey the maximum curvature and location of the measured corneal topography. Only a single Item is permitted in this Sequence."""

    SurfaceRegularityIndex: Annotated[
        vr.FL | None, Attribute(0x00460230, "FL", "1", "3", name="Surface Regularity Index")
    ] = None
    """Surface Regularity Index (0046,0230): Type 3, VR FL, VM 1. Measures local fluctuations in corneal power (i.e., irregular astigmatism) over the pupil (no units). This value would be about 0.4 for a cornea with good optical quality; at 1.5 and higher, vision falls below normal calculations."""

    SurfaceAsymmetryIndex: Annotated[
        vr.FL | None, Attribute(0x00460232, "FL", "1", "3", name="Surface Asymmetry Index")
    ] = None
    """Surface Asymmetry Index (0046,0232): Type 3, VR FL, VM 1. This index sums the meridional mire-to-mire power changes over the entire corneal surface, increasing as topographic irregularities increase (no units)."""

    CornealEccentricityIndex: Annotated[
        vr.FL | None, Attribute(0x00460234, "FL", "1", "3", name="Corneal Eccentricity Index")
    ] = None
    """Corneal Eccentricity Index (0046,0234): Type 3, VR FL, VM 1. Index used to measure the eccentricity of the cornea (no units)."""

    KeratoconusPredictionIndex: Annotated[
        vr.FL | None, Attribute(0x00460236, "FL", "1", "3", name="Keratoconus Prediction Index")
    ] = None
    """Keratoconus Prediction Index (0046,0236): Type 3, VR FL, VM 1. Index used to indicate the presence of Keratoconus (no units) It is obtained by discrete analysis of the corneal topographic data. (e.g., Invest Ophthalmol Vis Sci 35:2749-2757, 1994)."""

    DecimalPotentialVisualAcuity: Annotated[
        vr.FL | None, Attribute(0x00460238, "FL", "1", "3", name="Decimal Potential Visual Acuity")
    ] = None
    """Decimal Potential Visual Acuity (0046,0238): Type 3, VR FL, VM 1. The range of best spectacle-corrected distance that might be expected from a functionally normal eye with the topographical characteristics of the analyzed cornea, measured in decimal."""

    CornealTopographyMapQualityEvaluation: Annotated[
        _CornealTopographyMapQualityEvaluationValue | None,
        Attribute(
            0x00460242,
            "CS",
            "1",
            "1C",
            name="Corneal Topography Map Quality Evaluation",
            enumerated=((0, ("ACCEPTABLE", "MARGINAL", "NOT_ACCEPTABLE")),),
            when=("unknown", "depends on what is known to the creator"),
        ),
    ] = None
    """Corneal Topography Map Quality Evaluation (0046,0242): Type 1C, VR CS, VM 1. Required if a quality rating value exists for the corneal topography map. Identifies the quality of the topography examination. Enumerated Values: ACCEPTABLE MARGINAL NOT_ACCEPTABLE Required if a quality rating value exists for the corneal topography map."""

    CornealTopographyMapTypeCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00460207, "SQ", "1", "1", name="Corneal Topography Map Type Code Sequence"),
    ]
    """Corneal Topography Map Type Code Sequence (0046,0207): Type 1, VR SQ, VM 1. The type of corneal topography map encoded in this SOP Instance. It specifies the meaning of the pixel values. Only a single Item shall be included in this Sequence."""

    CornealTopographyMappingNormalsSequence: Annotated[
        list[_ExternallySourcedDataSetIdentificationItem] | None,
        Attribute(
            0x00460210,
            "SQ",
            "1",
            "1C",
            name="Corneal Topography Mapping Normals Sequence",
            when=("unknown", "names no attribute: a normative data base was used"),
        ),
    ] = None
    """Corneal Topography Mapping Normals Sequence (0046,0210): Type 1C, VR SQ, VM 1. Required if a normative data base was used. Identifies the Externally Sourced Data Set used for corneal topography mapping values from a normative data base. Required if a normative data base was used. Only a single Item shall be included in this Sequence."""

    SourceImageSequence: Annotated[
        list[_ReferencedInstanceSequenceItemMRSpectroscopy],
        Attribute(0x00082112, "SQ", "1", "1", name="Source Image Sequence"),
    ]
    """Source Image Sequence (0008,2112): Type 1, VR SQ, VM 1. The Image SOP Class/Instance pair of the Image that was used to generate this corneal topography map. Attribute Corneal Vertex Location (0046,0202) in this corneal topography map has been generated by the source image and provides the regis..."""

    SourceImageCornealProcessedDataSequence: Annotated[
        list[_SourceImageCornealProcessedDataSequenceItem],
        Attribute(0x00460244, "SQ", "1", "1", name="Source Image Corneal Processed Data Sequence"),
    ]
    """Source Image Corneal Processed Data Sequence (0046,0244): Type 1, VR SQ, VM 1. Attributes that contain various power, elevation and wavefront measurements at specific points on the cornea of the SOP Instance referenced in Attribute Source Image Sequence (0008,2112)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "CornealPointEstimated": ("dicomodel.enums.corneal_point_estimated", "CornealPointEstimated"),
    "CornealTopographyMapQualityEvaluation": (
        "dicomodel.enums.corneal_topography_map_quality_evaluation",
        "CornealTopographyMapQualityEvaluation",
    ),
    "CornealTopographyMapTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "CornealTopographyMappingNormalsSequenceItem": (
        "dicomodel.items.externally_sourced_data_set_identification_item",
        "ExternallySourcedDataSetIdentificationItem",
    ),
    "CornealTopographySurface": (
        "dicomodel.enums.corneal_topography_surface",
        "CornealTopographySurface",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FlatKeratometricAxisSequenceItem": (
        "dicomodel.items.steep_keratometric_axis_sequence_item",
        "SteepKeratometricAxisSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MaximumCornealCurvatureSequenceItem": (
        "dicomodel.items.maximum_corneal_curvature_sequence_item",
        "MaximumCornealCurvatureSequenceItem",
    ),
    "MinimumKeratometricSequenceItem": (
        "dicomodel.items.steep_keratometric_axis_sequence_item",
        "SteepKeratometricAxisSequenceItem",
    ),
    "OphthalmicMappingDeviceTypeTerm": (
        "dicomodel.enums.ophthalmic_mapping_device_type",
        "OphthalmicMappingDeviceTypeTermCornealTopographyMapAnalysis",
    ),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SimulatedKeratometricCylinderSequenceItem": (
        "dicomodel.items.simulated_keratometric_cylinder_sequence_item",
        "SimulatedKeratometricCylinderSequenceItem",
    ),
    "SourceImageCornealProcessedDataSequenceItem": (
        "dicomodel.items.source_image_corneal_processed_data_sequence_item",
        "SourceImageCornealProcessedDataSequenceItem",
    ),
    "SourceImageSequenceItem": (
        "dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy",
        "ReferencedInstanceSequenceItemMRSpectroscopy",
    ),
    "SteepKeratometricAxisSequenceItem": (
        "dicomodel.items.steep_keratometric_axis_sequence_item",
        "SteepKeratometricAxisSequenceItem",
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
