"""DX Positioning Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.patient_position import PatientPositionTerm as _PatientPositionTerm
    from dicomodel.enums.positioner_type import PositionerTypeTerm as _PositionerTypeTerm
    from dicomodel.enums.table_type import TableTypeTerm as _TableTypeTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.patient_orientation_code_sequence_item_dx_positioning import (
        PatientOrientationCodeSequenceItemDXPositioning as _PatientOrientationCodeSequenceItemDXPositioning,
    )
    from dicomodel.items.view_code_sequence_item_optional_view_and_slice_progression_direction import (
        ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection as _ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _PatientOrientationCodeSequenceItemDXPositioning = Lazy(
        "dicomodel.items.patient_orientation_code_sequence_item_dx_positioning",
        "PatientOrientationCodeSequenceItemDXPositioning",
    )
    _PatientPositionTerm = Lazy("dicomodel.enums.patient_position", "PatientPositionTerm")
    _PositionerTypeTerm = Lazy("dicomodel.enums.positioner_type", "PositionerTypeTerm")
    _TableTypeTerm = Lazy("dicomodel.enums.table_type", "TableTypeTerm")
    _ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection = Lazy(
        "dicomodel.items.view_code_sequence_item_optional_view_and_slice_progression_direction",
        "ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.patient_position import PatientPositionTerm as PatientPositionTerm
    from dicomodel.enums.positioner_type import PositionerTypeTerm as PositionerTypeTerm
    from dicomodel.enums.table_type import TableTypeTerm as TableTypeTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientGantryRelationshipCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientOrientationModifierCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ProjectionEponymousNameCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ViewModifierCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.patient_orientation_code_sequence_item_dx_positioning import (
        PatientOrientationCodeSequenceItemDXPositioning as PatientOrientationCodeSequenceItem,
    )
    from dicomodel.items.view_code_sequence_item_optional_view_and_slice_progression_direction import (
        ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection as ViewCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "DXPositioningModule",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PatientGantryRelationshipCodeSequenceItem",
    "PatientOrientationCodeSequenceItem",
    "PatientOrientationModifierCodeSequenceItem",
    "PatientPositionTerm",
    "PositionerTypeTerm",
    "ProjectionEponymousNameCodeSequenceItem",
    "TableTypeTerm",
    "ViewCodeSequenceItem",
    "ViewModifierCodeSequenceItem",
]


class DXPositioningModule(DicomModel):
    """DX Positioning Module Attributes (PS3.3 Table C.8-72)."""

    dicom_name: ClassVar[str] = "DX Positioning"
    dicom_table: ClassVar[str] = "table_C.8-72"

    ProjectionEponymousNameCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00185104, "SQ", "1", "3", name="Projection Eponymous Name Code Sequence"),
    ] = None
    """Projection Eponymous Name Code Sequence (0018,5104): Type 3, VR SQ, VM 1. A Sequence that describes the radiographic method of patient, tube and detector positioning to achieve a well described projection or view. Only a single Item is permitted in this Sequence."""

    PatientPosition: Annotated[
        _PatientPositionTerm | vr.CS | None,
        Attribute(0x00185100, "CS", "1", "3", name="Patient Position"),
    ] = None
    """Patient Position (0018,5100): Type 3, VR CS, VM 1. Description of imaging subject's position relative to the equipment. See Section C.7.3.1.1.2 for Defined Terms and further explanation."""

    ViewPosition: Annotated[
        vr.CS | None, Attribute(0x00185101, "CS", "1", "3", name="View Position")
    ] = None
    """View Position (0018,5101): Type 3, VR CS, VM 1. Radiographic view of the image relative to the imaging subject's orientation. Shall be consistent with View Code Sequence (0054,0220). See Section C.8.11.5.1.1 for further explanation."""

    ViewCodeSequence: Annotated[
        list[_ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection] | None,
        Attribute(0x00540220, "SQ", "1", "3", name="View Code Sequence"),
    ] = None
    """View Code Sequence (0054,0220): Type 3, VR SQ, VM 1. Sequence that describes the projection of the anatomic region of interest on the image receptor. It is strongly recommended that this Attribute be present, in order to ensure that images may be positioned correctly relative to one another f..."""

    PatientOrientationCodeSequence: Annotated[
        list[_PatientOrientationCodeSequenceItemDXPositioning] | None,
        Attribute(0x00540410, "SQ", "1", "3", name="Patient Orientation Code Sequence"),
    ] = None
    """Patient Orientation Code Sequence (0054,0410): Type 3, VR SQ, VM 1. Sequence that describes the orientation of the patient with respect to gravity. See Section C.8.11.5.1.2 for further explanation. Only a single Item is permitted in this Sequence."""

    PatientGantryRelationshipCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00540414, "SQ", "1", "3", name="Patient Gantry Relationship Code Sequence"),
    ] = None
    """Patient Gantry Relationship Code Sequence (0054,0414): Type 3, VR SQ, VM 1. Sequence that describes the orientation of the patient with respect to the gantry. Only a single Item is permitted in this Sequence."""

    DistanceSourceToPatient: Annotated[
        vr.DS | None, Attribute(0x00181111, "DS", "1", "3", name="Distance Source to Patient")
    ] = None
    """Distance Source to Patient (0018,1111): Type 3, VR DS, VM 1. Distance in mm from source to the table, support or bucky side that is closest to the Imaging Subject, as measured along the central ray of the X-Ray beam."""

    DistanceSourceToDetector: Annotated[
        vr.DS | None, Attribute(0x00181110, "DS", "1", "3", name="Distance Source to Detector")
    ] = None
    """Distance Source to Detector (0018,1110): Type 3, VR DS, VM 1. Distance in mm from source to detector center. This value is traditionally referred to as Source Image Receptor Distance (SID). See Section C.8.11.7 for explanation if Positioner Type (0018,1508) is MAMMOGRAPHIC."""

    EstimatedRadiographicMagnificationFactor: Annotated[
        vr.DS | None,
        Attribute(0x00181114, "DS", "1", "3", name="Estimated Radiographic Magnification Factor"),
    ] = None
    """Estimated Radiographic Magnification Factor (0018,1114): Type 3, VR DS, VM 1. Ratio of Source Image Receptor Distance (SID) over Source Object Distance (SOD)."""

    PositionerType: Annotated[
        _PositionerTypeTerm | vr.CS | None,
        Attribute(0x00181508, "CS", "1", "2", name="Positioner Type"),
    ]
    """Positioner Type (0018,1508): Type 2, VR CS, VM 1. Defined Terms: CARM COLUMN MAMMOGRAPHIC PANORAMIC CEPHALOSTAT RIGID NONE The term CARM can apply to any positioner with 2 degrees of freedom of rotation of the X-Ray beam about the Imaging Subject."""

    PositionerPrimaryAngle: Annotated[
        vr.DS | None, Attribute(0x00181510, "DS", "1", "3", name="Positioner Primary Angle")
    ] = None
    """Positioner Primary Angle (0018,1510): Type 3, VR DS, VM 1. Position of the X-Ray beam about the patient from the RAO to LAO direction where movement from RAO to vertical is positive, if Positioner Type (0018,1508) is CARM."""

    PositionerSecondaryAngle: Annotated[
        vr.DS | None, Attribute(0x00181511, "DS", "1", "3", name="Positioner Secondary Angle")
    ] = None
    """Positioner Secondary Angle (0018,1511): Type 3, VR DS, VM 1. Position of the X-Ray beam about the patient from the CAU to CRA direction where movement from CAU to vertical is positive, if Positioner Type (0018,1508) is CARM."""

    DetectorPrimaryAngle: Annotated[
        vr.DS | None, Attribute(0x00181530, "DS", "1", "3", name="Detector Primary Angle")
    ] = None
    """Detector Primary Angle (0018,1530): Type 3, VR DS, VM 1. Angle of the X-Ray beam in the row direction in degrees relative to the normal to the detector plane. Positive values indicate that the X-Ray beam is tilted toward higher numbered columns."""

    DetectorSecondaryAngle: Annotated[
        vr.DS | None, Attribute(0x00181531, "DS", "1", "3", name="Detector Secondary Angle")
    ] = None
    """Detector Secondary Angle (0018,1531): Type 3, VR DS, VM 1. Angle of the X-Ray beam in the column direction in degrees relative to the normal to the detector plane. Positive values indicate that the X-Ray beam is tilted toward lower numbered rows."""

    ColumnAngulation: Annotated[
        vr.DS | None, Attribute(0x00181450, "DS", "1", "3", name="Column Angulation")
    ] = None
    """Column Angulation (0018,1450): Type 3, VR DS, VM 1. Angle of the X-Ray beam in degree relative to an orthogonal axis to the detector plane. Positive values indicate that the tilt is toward the head of the table. The detector plane is assumed to be parallel to the table plane."""

    TableType: Annotated[
        _TableTypeTerm | vr.CS | None, Attribute(0x0018113A, "CS", "1", "3", name="Table Type")
    ] = None
    """Table Type (0018,113A): Type 3, VR CS, VM 1. Defined Terms: FIXED TILTING NONE"""

    TableAngle: Annotated[
        vr.DS | None, Attribute(0x00181138, "DS", "1", "3", name="Table Angle")
    ] = None
    """Table Angle (0018,1138): Type 3, VR DS, VM 1. Angle of table plane in degrees relative to horizontal plane [Gravity plane]. Positive values indicate that the head of the table is upward. Only meaningful if Table Type (0018,113A) is TILTING."""

    BodyPartThickness: Annotated[
        vr.DS | None, Attribute(0x001811A0, "DS", "1", "3", name="Body Part Thickness")
    ] = None
    """Body Part Thickness (0018,11A0): Type 3, VR DS, VM 1. The average thickness in mm of the body part examined when compressed, if compression has been applied during exposure."""

    CompressionForce: Annotated[
        vr.DS | None, Attribute(0x001811A2, "DS", "1", "3", name="Compression Force")
    ] = None
    """Compression Force (0018,11A2): Type 3, VR DS, VM 1. The compression force applied to the body part during exposure, measured in Newtons."""

    CompressionPressure: Annotated[
        vr.DS | None, Attribute(0x001811A3, "DS", "1", "3", name="Compression Pressure")
    ] = None
    """Compression Pressure (0018,11A3): Type 3, VR DS, VM 1. The average compression pressure applied to the body part during exposure, calculated in kPa."""

    CompressionContactArea: Annotated[
        vr.DS | None, Attribute(0x001811A5, "DS", "1", "3", name="Compression Contact Area")
    ] = None
    """Compression Contact Area (0018,11A5): Type 3, VR DS, VM 1. The area of the body part to which compression has been applied during exposure, measured in mm2. Area information is useful in addition to the Compression Pressure (0018,11A3) and Compression Force (0018,11A2) in the event that unusual val..."""

    PaddleDescription: Annotated[
        vr.LO | None, Attribute(0x001811A4, "LO", "1", "3", name="Paddle Description")
    ] = None
    """Paddle Description (0018,11A4): Type 3, VR LO, VM 1. Description of the compression paddle, if compression was applied to the body part during exposure."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PatientGantryRelationshipCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PatientOrientationCodeSequenceItem": (
        "dicomodel.items.patient_orientation_code_sequence_item_dx_positioning",
        "PatientOrientationCodeSequenceItemDXPositioning",
    ),
    "PatientOrientationModifierCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PatientPositionTerm": ("dicomodel.enums.patient_position", "PatientPositionTerm"),
    "PositionerTypeTerm": ("dicomodel.enums.positioner_type", "PositionerTypeTerm"),
    "ProjectionEponymousNameCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "TableTypeTerm": ("dicomodel.enums.table_type", "TableTypeTerm"),
    "ViewCodeSequenceItem": (
        "dicomodel.items.view_code_sequence_item_optional_view_and_slice_progression_direction",
        "ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection",
    ),
    "ViewModifierCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
