"""X-Ray 3D General Shared Acquisition Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.field_of_view_horizontal_flip import (
        FieldOfViewHorizontalFlipValue as _FieldOfViewHorizontalFlipValue,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as _ImageSOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _FieldOfViewHorizontalFlipValue = Lazy(
        "dicomodel.enums.field_of_view_horizontal_flip", "FieldOfViewHorizontalFlipValue"
    )
    _ImageSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.image_sop_instance_reference_item", "ImageSOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.field_of_view_horizontal_flip import (
        FieldOfViewHorizontalFlip as FieldOfViewHorizontalFlip,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ContrastBolusAgentSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as SourceImageSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "ContrastBolusAgentSequenceItem",
    "EquivalentCodeSequenceItem",
    "FieldOfViewHorizontalFlip",
    "MappingResourceTerm",
    "SourceImageSequenceItem",
    "XRay3DGeneralSharedAcquisitionMacro",
]


class XRay3DGeneralSharedAcquisitionMacro(DicomModel):
    """X-Ray 3D General Shared Acquisition Macro Attributes (PS3.3 Table C.8.21.3.1.1-1)."""

    dicom_name: ClassVar[str] = "X-Ray 3D General Shared Acquisition"
    dicom_table: ClassVar[str] = "table_C.8.21.3.1.1-1"

    SourceImageSequence: Annotated[
        list[_ImageSOPInstanceReferenceItem] | None,
        Attribute(
            0x00082112,
            "SQ",
            "1",
            "1C",
            name="Source Image Sequence",
            when=(
                "unknown",
                "names no attribute: the reconstruction is created from DICOM SOP Instances",
            ),
        ),
    ] = None
    """Source Image Sequence (0008,2112): Type 1C, VR SQ, VM 1. Required if the reconstruction is created from DICOM SOP Instances. A Sequence that identifies the set of Images that constitute this acquisition context. Required if the reconstruction is created from DICOM SOP Instances."""

    FieldOfViewDimensionsInFloat: Annotated[
        list[vr.FL] | None,
        Attribute(
            0x00189461,
            "FL",
            "1-2",
            "1C",
            name="Field of View Dimension(s) in Float",
            when=("value", 0x00080060, 0, "in", ("MG",)),
        ),
    ] = None
    """Field of View Dimension(s) in Float (0018,9461): Type 1C, VR FL, VM 1-2. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG. Dimensions in mm of the Field of View in the source projection images. If Field of View Shape (0018,1147) is: RECTANGLE: row dimension followed by column. ROUND: diameter. HEXAGONAL: diameter of the circle circumscribing the hexagon."""

    FieldOfViewOrigin: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00187030,
            "DS",
            "2",
            "1C",
            name="Field of View Origin",
            when=(
                "and",
                ("present", 0x00189420),
                ("value", 0x00189420, 0, "in", ("DIGITAL_DETECTOR",)),
            ),
        ),
    ] = None
    """Field of View Origin (0018,7030): Type 1C, VR DS, VM 2. Required if X-Ray Receptor Type (0018,9420) is present and equals DIGITAL_DETECTOR. Offset of the TLHC of a rectangle circumscribing the Field of View in the referenced images, before rotation or flipping, from the TLHC of the physical detector area measured in physical detector pixels as a row offset followed by a column..."""

    FieldOfViewRotation: Annotated[
        vr.DS | None,
        Attribute(
            0x00187032,
            "DS",
            "1",
            "1C",
            name="Field of View Rotation",
            enumerated=((0, ("270", "180", "90", "0")),),
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Field of View Rotation (0018,7032): Type 1C, VR DS, VM 1. Required if present and consistent in the contributing SOP Instances. Clockwise rotation in degrees of Field of View in the referenced images, relative to the physical detector. Enumerated Values: 270 180 90 0 See Section C.8.11.4.1.1 for further explanation."""

    FieldOfViewHorizontalFlip: Annotated[
        _FieldOfViewHorizontalFlipValue | None,
        Attribute(
            0x00187034,
            "CS",
            "1",
            "1C",
            name="Field of View Horizontal Flip",
            enumerated=((0, ("NO", "YES")),),
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Field of View Horizontal Flip (0018,7034): Type 1C, VR CS, VM 1. Required if present and consistent in the contributing SOP Instances. Whether or not a horizontal flip has been applied to the Field of View in the referenced images, after rotation relative to the physical detector as described in Field of View Rotation (0018,7032)."""

    Grid: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00181166, "CS", "1-n", "1C", name="Grid", when=("value", 0x00080060, 0, "in", ("MG",))
        ),
    ] = None
    """Grid (0018,1166): Type 1C, VR CS, VM 1-n. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG. Identifies the grid. May be multi-valued. See Attribute Description in Section C.8.7.11 for Defined Terms. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG."""

    GridAbsorbingMaterial: Annotated[
        vr.LT | None, Attribute(0x00187040, "LT", "1", "3", name="Grid Absorbing Material")
    ] = None
    """Grid Absorbing Material (0018,7040): Type 3, VR LT, VM 1. The X-Ray absorbing material used in the grid."""

    GridSpacingMaterial: Annotated[
        vr.LT | None, Attribute(0x00187041, "LT", "1", "3", name="Grid Spacing Material")
    ] = None
    """Grid Spacing Material (0018,7041): Type 3, VR LT, VM 1. The spacing material used in the grid."""

    GridThickness: Annotated[
        vr.DS | None, Attribute(0x00187042, "DS", "1", "3", name="Grid Thickness")
    ] = None
    """Grid Thickness (0018,7042): Type 3, VR DS, VM 1. The thickness in mm of the X-Ray absorbing material used in the grid."""

    GridPitch: Annotated[vr.DS | None, Attribute(0x00187044, "DS", "1", "3", name="Grid Pitch")] = (
        None
    )
    """Grid Pitch (0018,7044): Type 3, VR DS, VM 1. The pitch in mm of the X-Ray absorbing material used in the grid."""

    GridAspectRatio: Annotated[
        list[vr.IS] | None, Attribute(0x00187046, "IS", "2", "3", name="Grid Aspect Ratio")
    ] = None
    """Grid Aspect Ratio (0018,7046): Type 3, VR IS, VM 2. Ratio of the vertical spacing and horizontal spacing of the X-Ray absorbing material used in the grid. Specified by a pair of integer values where the first value is the vertical size, and the second value is the horizontal size."""

    GridPeriod: Annotated[
        vr.DS | None, Attribute(0x00187048, "DS", "1", "3", name="Grid Period")
    ] = None
    """Grid Period (0018,7048): Type 3, VR DS, VM 1. Period in mSec of reciprocation cycle. Only meaningful if a value of Grid (0018,1166) is RECIPROCATING."""

    GridFocalDistance: Annotated[
        vr.DS | None, Attribute(0x0018704C, "DS", "1", "3", name="Grid Focal Distance")
    ] = None
    """Grid Focal Distance (0018,704C): Type 3, VR DS, VM 1. Focal distance in mm of a FOCUSED grid."""

    GridID: Annotated[vr.LO | None, Attribute(0x00181006, "LO", "1", "3", name="Grid ID")] = None
    """Grid ID (0018,1006): Type 3, VR LO, VM 1. Identifier of the grid."""

    KVP: Annotated[
        vr.DS | None,
        Attribute(
            0x00180060, "DS", "1", "1C", name="KVP", when=("value", 0x00080060, 0, "in", ("MG",))
        ),
    ] = None
    """KVP (0018,0060): Type 1C, VR DS, VM 1. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG. Average of the peak kilo voltage outputs of the X-Ray generator used for all frames. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG."""

    XRayTubeCurrentInmA: Annotated[
        vr.FD | None,
        Attribute(
            0x00189330,
            "FD",
            "1",
            "1C",
            name="X-Ray Tube Current in mA",
            when=("value", 0x00080060, 0, "in", ("MG",)),
        ),
    ] = None
    """X-Ray Tube Current in mA (0018,9330): Type 1C, VR FD, VM 1. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG. Average of the nominal X-Ray tube currents in milliamperes for all frames. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG."""

    ExposureTimeInms: Annotated[
        vr.FD | None,
        Attribute(
            0x00189328,
            "FD",
            "1",
            "1C",
            name="Exposure Time in ms",
            when=("value", 0x00080060, 0, "in", ("MG",)),
        ),
    ] = None
    """Exposure Time in ms (0018,9328): Type 1C, VR FD, VM 1. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG. Total (cumulative) duration of X-Ray exposure for all frames in milliseconds. See Section C.8.7.2.1.1. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG."""

    ExposureInmAs: Annotated[
        vr.FD | None,
        Attribute(
            0x00189332,
            "FD",
            "1",
            "1C",
            name="Exposure in mAs",
            when=("value", 0x00080060, 0, "in", ("MG",)),
        ),
    ] = None
    """Exposure in mAs (0018,9332): Type 1C, VR FD, VM 1. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG. The total (cumulative) exposure for all frames expressed in milliampereseconds, for example calculated from Exposure Time and X-Ray Tube Current. Required if present and consistent in the contributing SOP Instances."""

    ContrastBolusAgent: Annotated[
        vr.LO | None,
        Attribute(
            0x00180010,
            "LO",
            "1",
            "1C",
            name="Contrast/Bolus Agent",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Contrast/Bolus Agent (0018,0010): Type 1C, VR LO, VM 1. Required if present and consistent in the contributing SOP Instances. Contrast or bolus agent. Required if present and consistent in the contributing SOP Instances."""

    ContrastBolusAgentSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00180012,
            "SQ",
            "1",
            "1C",
            name="Contrast/Bolus Agent Sequence",
            when=(
                "and",
                ("value", 0x00080060, 0, "in", ("MG",)),
                ("unknown", "depends on whether contrast was administered"),
            ),
        ),
    ] = None
    """Contrast/Bolus Agent Sequence (0018,0012): Type 1C, VR SQ, VM 1. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG and contrast media was applied. Sequence that identifies the contrast agent. One or more Items shall be included in this Sequence. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG and contrast media was applied."""

    StartAcquisitionDateTime: Annotated[
        vr.DT | None,
        Attribute(
            0x00189516,
            "DT",
            "1",
            "1C",
            name="Start Acquisition DateTime",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Start Acquisition DateTime (0018,9516): Type 1C, VR DT, VM 1. Required if present and consistent in the contributing SOP Instances. Start date and time of that part of an acquisition used for this acquisition context. Required if present and consistent in the contributing SOP Instances."""

    EndAcquisitionDateTime: Annotated[
        vr.DT | None,
        Attribute(
            0x00189517,
            "DT",
            "1",
            "1C",
            name="End Acquisition DateTime",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """End Acquisition DateTime (0018,9517): Type 1C, VR DT, VM 1. Required if present and consistent in the contributing SOP Instances. End date and time of that part of an acquisition used for this acquisition context. Required if present and consistent in the contributing SOP Instances."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "ContrastBolusAgentSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FieldOfViewHorizontalFlip": (
        "dicomodel.enums.field_of_view_horizontal_flip",
        "FieldOfViewHorizontalFlip",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "SourceImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
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
