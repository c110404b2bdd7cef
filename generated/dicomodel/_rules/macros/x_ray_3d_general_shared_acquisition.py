"""Presence rules of X-Ray 3D General Shared Acquisition Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XRay3DGeneralSharedAcquisitionMacro = (
    "table_C.8.21.3.1.1-1",
    (
        (
            "SourceImageSequence",
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
            Lazy(
                "dicomodel.items.image_sop_instance_reference_item", "ImageSOPInstanceReferenceItem"
            ),
        ),
        (
            "FieldOfViewDimensionsInFloat",
            Attribute(
                0x00189461,
                "FL",
                "1-2",
                "1C",
                name="Field of View Dimension(s) in Float",
                when=("value", 0x00080060, 0, "in", ("MG",)),
            ),
            None,
        ),
        (
            "FieldOfViewOrigin",
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
            None,
        ),
        (
            "FieldOfViewRotation",
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
            None,
        ),
        (
            "FieldOfViewHorizontalFlip",
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
            None,
        ),
        (
            "Grid",
            Attribute(
                0x00181166,
                "CS",
                "1-n",
                "1C",
                name="Grid",
                when=("value", 0x00080060, 0, "in", ("MG",)),
            ),
            None,
        ),
        (
            "GridAbsorbingMaterial",
            Attribute(0x00187040, "LT", "1", "3", name="Grid Absorbing Material"),
            None,
        ),
        (
            "GridSpacingMaterial",
            Attribute(0x00187041, "LT", "1", "3", name="Grid Spacing Material"),
            None,
        ),
        ("GridThickness", Attribute(0x00187042, "DS", "1", "3", name="Grid Thickness"), None),
        ("GridPitch", Attribute(0x00187044, "DS", "1", "3", name="Grid Pitch"), None),
        ("GridAspectRatio", Attribute(0x00187046, "IS", "2", "3", name="Grid Aspect Ratio"), None),
        ("GridPeriod", Attribute(0x00187048, "DS", "1", "3", name="Grid Period"), None),
        (
            "GridFocalDistance",
            Attribute(0x0018704C, "DS", "1", "3", name="Grid Focal Distance"),
            None,
        ),
        ("GridID", Attribute(0x00181006, "LO", "1", "3", name="Grid ID"), None),
        (
            "KVP",
            Attribute(
                0x00180060,
                "DS",
                "1",
                "1C",
                name="KVP",
                when=("value", 0x00080060, 0, "in", ("MG",)),
            ),
            None,
        ),
        (
            "XRayTubeCurrentInmA",
            Attribute(
                0x00189330,
                "FD",
                "1",
                "1C",
                name="X-Ray Tube Current in mA",
                when=("value", 0x00080060, 0, "in", ("MG",)),
            ),
            None,
        ),
        (
            "ExposureTimeInms",
            Attribute(
                0x00189328,
                "FD",
                "1",
                "1C",
                name="Exposure Time in ms",
                when=("value", 0x00080060, 0, "in", ("MG",)),
            ),
            None,
        ),
        (
            "ExposureInmAs",
            Attribute(
                0x00189332,
                "FD",
                "1",
                "1C",
                name="Exposure in mAs",
                when=("value", 0x00080060, 0, "in", ("MG",)),
            ),
            None,
        ),
        (
            "ContrastBolusAgent",
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
            None,
        ),
        (
            "ContrastBolusAgentSequence",
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
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "StartAcquisitionDateTime",
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
            None,
        ),
        (
            "EndAcquisitionDateTime",
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
            None,
        ),
    ),
)
