"""Presence rules of XA/XRF Acquisition Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XAXRFAcquisitionModule = (
    "table_C.8.19.3-1",
    (
        ("KVP", Attribute(0x00180060, "DS", "1", "1", name="KVP"), None),
        (
            "RadiationSetting",
            Attribute(
                0x00181155,
                "CS",
                "1",
                "1",
                name="Radiation Setting",
                enumerated=((0, ("SC", "GR")),),
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
                when=("not", ("present", 0x00189332)),
                otherwise="may",
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
                when=("not", ("present", 0x00189332)),
                otherwise="may",
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
                when=("or", ("not", ("present", 0x00189328)), ("not", ("present", 0x00189330))),
                otherwise="may",
            ),
            None,
        ),
        (
            "AveragePulseWidth",
            Attribute(0x00181154, "DS", "1", "1", name="Average Pulse Width"),
            None,
        ),
        (
            "AcquisitionDuration",
            Attribute(0x00189073, "FD", "1", "1", name="Acquisition Duration"),
            None,
        ),
        ("RadiationMode", Attribute(0x0018115A, "CS", "1", "1", name="Radiation Mode"), None),
        ("FocalSpots", Attribute(0x00181190, "DS", "1-n", "3", name="Focal Spot(s)"), None),
        (
            "AnodeTargetMaterial",
            Attribute(0x00181191, "CS", "1", "3", name="Anode Target Material"),
            None,
        ),
        (
            "RectificationType",
            Attribute(0x00181156, "CS", "1", "3", name="Rectification Type"),
            None,
        ),
        (
            "XRayReceptorType",
            Attribute(
                0x00189420,
                "CS",
                "1",
                "1",
                name="X-Ray Receptor Type",
                enumerated=((0, ("IMG_INTENSIFIER", "DIGITAL_DETECTOR")),),
            ),
            None,
        ),
        (
            "DistanceReceptorPlaneToDetectorHousing",
            Attribute(
                0x00189426, "FL", "1", "2", name="Distance Receptor Plane to Detector Housing"
            ),
            None,
        ),
        ("PositionerType", Attribute(0x00181508, "CS", "1", "1", name="Positioner Type"), None),
        (
            "CArmPositionerTabletopRelationship",
            Attribute(
                0x00189474,
                "CS",
                "1",
                "1C",
                name="C-arm Positioner Tabletop Relationship",
                enumerated=((0, ("YES", "NO")),),
                when=("value", 0x00181508, 0, "in", ("CARM",)),
            ),
            None,
        ),
        (
            "AcquiredImageAreaDoseProduct",
            Attribute(0x00189473, "FL", "1", "2", name="Acquired Image Area Dose Product"),
            None,
        ),
    ),
)
