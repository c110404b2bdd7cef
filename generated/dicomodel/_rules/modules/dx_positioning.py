"""Presence rules of DX Positioning Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
DXPositioningModule = (
    "table_C.8-72",
    (
        (
            "ProjectionEponymousNameCodeSequence",
            Attribute(0x00185104, "SQ", "1", "3", name="Projection Eponymous Name Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        ("PatientPosition", Attribute(0x00185100, "CS", "1", "3", name="Patient Position"), None),
        ("ViewPosition", Attribute(0x00185101, "CS", "1", "3", name="View Position"), None),
        (
            "ViewCodeSequence",
            Attribute(0x00540220, "SQ", "1", "3", name="View Code Sequence"),
            Lazy(
                "dicomodel.items.view_code_sequence_item_optional_view_and_slice_progression_direction",
                "ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection",
            ),
        ),
        (
            "PatientOrientationCodeSequence",
            Attribute(0x00540410, "SQ", "1", "3", name="Patient Orientation Code Sequence"),
            Lazy(
                "dicomodel.items.patient_orientation_code_sequence_item_dx_positioning",
                "PatientOrientationCodeSequenceItemDXPositioning",
            ),
        ),
        (
            "PatientGantryRelationshipCodeSequence",
            Attribute(0x00540414, "SQ", "1", "3", name="Patient Gantry Relationship Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "DistanceSourceToPatient",
            Attribute(0x00181111, "DS", "1", "3", name="Distance Source to Patient"),
            None,
        ),
        (
            "DistanceSourceToDetector",
            Attribute(0x00181110, "DS", "1", "3", name="Distance Source to Detector"),
            None,
        ),
        (
            "EstimatedRadiographicMagnificationFactor",
            Attribute(
                0x00181114, "DS", "1", "3", name="Estimated Radiographic Magnification Factor"
            ),
            None,
        ),
        ("PositionerType", Attribute(0x00181508, "CS", "1", "2", name="Positioner Type"), None),
        (
            "PositionerPrimaryAngle",
            Attribute(0x00181510, "DS", "1", "3", name="Positioner Primary Angle"),
            None,
        ),
        (
            "PositionerSecondaryAngle",
            Attribute(0x00181511, "DS", "1", "3", name="Positioner Secondary Angle"),
            None,
        ),
        (
            "DetectorPrimaryAngle",
            Attribute(0x00181530, "DS", "1", "3", name="Detector Primary Angle"),
            None,
        ),
        (
            "DetectorSecondaryAngle",
            Attribute(0x00181531, "DS", "1", "3", name="Detector Secondary Angle"),
            None,
        ),
        ("ColumnAngulation", Attribute(0x00181450, "DS", "1", "3", name="Column Angulation"), None),
        ("TableType", Attribute(0x0018113A, "CS", "1", "3", name="Table Type"), None),
        ("TableAngle", Attribute(0x00181138, "DS", "1", "3", name="Table Angle"), None),
        (
            "BodyPartThickness",
            Attribute(0x001811A0, "DS", "1", "3", name="Body Part Thickness"),
            None,
        ),
        ("CompressionForce", Attribute(0x001811A2, "DS", "1", "3", name="Compression Force"), None),
        (
            "CompressionPressure",
            Attribute(0x001811A3, "DS", "1", "3", name="Compression Pressure"),
            None,
        ),
        (
            "CompressionContactArea",
            Attribute(0x001811A5, "DS", "1", "3", name="Compression Contact Area"),
            None,
        ),
        (
            "PaddleDescription",
            Attribute(0x001811A4, "LO", "1", "3", name="Paddle Description"),
            None,
        ),
    ),
)
