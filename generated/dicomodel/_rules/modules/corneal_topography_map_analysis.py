"""Presence rules of Corneal Topography Map Analysis Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CornealTopographyMapAnalysisModule = (
    "table_C.8.30.3-1",
    (
        (
            "OphthalmicMappingDeviceType",
            Attribute(0x00221415, "CS", "1", "1", name="Ophthalmic Mapping Device Type"),
            None,
        ),
        (
            "CornealVertexLocation",
            Attribute(0x00460202, "FL", "2", "1", name="Corneal Vertex Location"),
            None,
        ),
        (
            "CornealTopographySurface",
            Attribute(
                0x00460201,
                "CS",
                "1",
                "1",
                name="Corneal Topography Surface",
                enumerated=((0, ("A", "P")),),
            ),
            None,
        ),
        (
            "PupilCentroidXCoordinate",
            Attribute(
                0x00460203,
                "FL",
                "1",
                "1C",
                name="Pupil Centroid X-Coordinate",
                when=("value", 0x00460201, 0, "in", ("A",)),
            ),
            None,
        ),
        (
            "PupilCentroidYCoordinate",
            Attribute(
                0x00460204,
                "FL",
                "1",
                "1C",
                name="Pupil Centroid Y-Coordinate",
                when=("value", 0x00460201, 0, "in", ("A",)),
            ),
            None,
        ),
        (
            "EquivalentPupilRadius",
            Attribute(
                0x00460205,
                "FL",
                "1",
                "1C",
                name="Equivalent Pupil Radius",
                when=("value", 0x00460201, 0, "in", ("A",)),
            ),
            None,
        ),
        (
            "VerticesOfTheOutlineOfPupil",
            Attribute(
                0x00460208,
                "IS",
                "2-2n",
                "1C",
                name="Vertices of the Outline of Pupil",
                when=("value", 0x00460201, 0, "in", ("A",)),
            ),
            None,
        ),
        (
            "SteepKeratometricAxisSequence",
            Attribute(0x00460074, "SQ", "1", "1", name="Steep Keratometric Axis Sequence"),
            Lazy(
                "dicomodel.items.steep_keratometric_axis_sequence_item",
                "SteepKeratometricAxisSequenceItem",
            ),
        ),
        (
            "FlatKeratometricAxisSequence",
            Attribute(0x00460080, "SQ", "1", "1", name="Flat Keratometric Axis Sequence"),
            Lazy(
                "dicomodel.items.steep_keratometric_axis_sequence_item",
                "SteepKeratometricAxisSequenceItem",
            ),
        ),
        (
            "MinimumKeratometricSequence",
            Attribute(0x00460215, "SQ", "1", "1", name="Minimum Keratometric Sequence"),
            Lazy(
                "dicomodel.items.steep_keratometric_axis_sequence_item",
                "SteepKeratometricAxisSequenceItem",
            ),
        ),
        (
            "SimulatedKeratometricCylinderSequence",
            Attribute(0x00460218, "SQ", "1", "1", name="Simulated Keratometric Cylinder Sequence"),
            Lazy(
                "dicomodel.items.simulated_keratometric_cylinder_sequence_item",
                "SimulatedKeratometricCylinderSequenceItem",
            ),
        ),
        (
            "AverageCornealPower",
            Attribute(0x00460220, "FL", "1", "1", name="Average Corneal Power"),
            None,
        ),
        ("CornealISValue", Attribute(0x00460224, "FL", "1", "1", name="Corneal I-S Value"), None),
        ("AnalyzedArea", Attribute(0x00460227, "FL", "1", "1", name="Analyzed Area"), None),
        (
            "MaximumCornealCurvatureSequence",
            Attribute(0x00460211, "SQ", "1", "3", name="Maximum Corneal Curvature Sequence"),
            Lazy(
                "dicomodel.items.maximum_corneal_curvature_sequence_item",
                "MaximumCornealCurvatureSequenceItem",
            ),
        ),
        (
            "SurfaceRegularityIndex",
            Attribute(0x00460230, "FL", "1", "3", name="Surface Regularity Index"),
            None,
        ),
        (
            "SurfaceAsymmetryIndex",
            Attribute(0x00460232, "FL", "1", "3", name="Surface Asymmetry Index"),
            None,
        ),
        (
            "CornealEccentricityIndex",
            Attribute(0x00460234, "FL", "1", "3", name="Corneal Eccentricity Index"),
            None,
        ),
        (
            "KeratoconusPredictionIndex",
            Attribute(0x00460236, "FL", "1", "3", name="Keratoconus Prediction Index"),
            None,
        ),
        (
            "DecimalPotentialVisualAcuity",
            Attribute(0x00460238, "FL", "1", "3", name="Decimal Potential Visual Acuity"),
            None,
        ),
        (
            "CornealTopographyMapQualityEvaluation",
            Attribute(
                0x00460242,
                "CS",
                "1",
                "1C",
                name="Corneal Topography Map Quality Evaluation",
                enumerated=((0, ("ACCEPTABLE", "MARGINAL", "NOT_ACCEPTABLE")),),
                when=("unknown", "depends on what is known to the creator"),
            ),
            None,
        ),
        (
            "CornealTopographyMapTypeCodeSequence",
            Attribute(0x00460207, "SQ", "1", "1", name="Corneal Topography Map Type Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "CornealTopographyMappingNormalsSequence",
            Attribute(
                0x00460210,
                "SQ",
                "1",
                "1C",
                name="Corneal Topography Mapping Normals Sequence",
                when=("unknown", "names no attribute: a normative data base was used"),
            ),
            Lazy(
                "dicomodel.items.externally_sourced_data_set_identification_item",
                "ExternallySourcedDataSetIdentificationItem",
            ),
        ),
        (
            "SourceImageSequence",
            Attribute(0x00082112, "SQ", "1", "1", name="Source Image Sequence"),
            Lazy(
                "dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy",
                "ReferencedInstanceSequenceItemMRSpectroscopy",
            ),
        ),
        (
            "SourceImageCornealProcessedDataSequence",
            Attribute(
                0x00460244, "SQ", "1", "1", name="Source Image Corneal Processed Data Sequence"
            ),
            Lazy(
                "dicomodel.items.source_image_corneal_processed_data_sequence_item",
                "SourceImageCornealProcessedDataSequenceItem",
            ),
        ),
    ),
)
