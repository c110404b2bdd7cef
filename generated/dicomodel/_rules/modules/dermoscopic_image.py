"""Presence rules of Dermoscopic Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
DermoscopicImageModule = (
    "table_C.8.12.13-1",
    (
        (
            "RecognizableVisualFeatures",
            Attribute(
                0x00280302,
                "CS",
                "1",
                "1",
                name="Recognizable Visual Features",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "LightSourcePolarization",
            Attribute(
                0x00161001,
                "CS",
                "1",
                "2",
                name="Light Source Polarization",
                enumerated=((0, ("POLARIZED", "NON_POLARIZED")),),
            ),
            None,
        ),
        (
            "EmitterColorTemperature",
            Attribute(0x00161002, "DS", "1", "2", name="Emitter Color Temperature"),
            None,
        ),
        (
            "ContactMethod",
            Attribute(
                0x00161003,
                "CS",
                "1",
                "2",
                name="Contact Method",
                enumerated=((0, ("CONTACT", "NON_CONTACT")),),
            ),
            None,
        ),
        (
            "ImmersionMedia",
            Attribute(
                0x00161004,
                "CS",
                "1-n",
                "2C",
                name="Immersion Media",
                enumerated=(
                    (0, ("ULTRASOUND_GEL", "ALCOHOL", "WATER", "MINERAL_OIL", "PLASTIC_CAP")),
                ),
                when=("value", 0x00161003, 0, "in", ("CONTACT",)),
            ),
            None,
        ),
        (
            "OpticalMagnificationFactor",
            Attribute(0x00161005, "DS", "1", "2", name="Optical Magnification Factor"),
            None,
        ),
        (
            "PartialView",
            Attribute(
                0x00281350, "CS", "1", "3", name="Partial View", enumerated=((0, ("YES", "NO")),)
            ),
            None,
        ),
        (
            "PartialViewDescription",
            Attribute(0x00281351, "ST", "1", "3", name="Partial View Description"),
            None,
        ),
        (
            "TrackingID",
            Attribute(
                0x00620020, "UT", "1", "1C", name="Tracking ID", when=("present", 0x00620021)
            ),
            None,
        ),
        (
            "TrackingUID",
            Attribute(
                0x00620021, "UI", "1", "1C", name="Tracking UID", when=("present", 0x00620020)
            ),
            None,
        ),
    ),
)
