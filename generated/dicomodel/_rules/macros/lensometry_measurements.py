"""Presence rules of Lensometry Measurements Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
LensometryMeasurementsMacro = (
    "table_C.8.25.8-2",
    (
        ("SpherePower", Attribute(0x00460146, "FD", "1", "1", name="Sphere Power"), None),
        (
            "CylinderSequence",
            Attribute(
                0x00460018,
                "SQ",
                "1",
                "1C",
                name="Cylinder Sequence",
                when=(
                    "unknown",
                    "names no attribute: astigmatic correction or astigmatism is measured",
                ),
            ),
            Lazy("dicomodel.items.cylinder_sequence_item", "CylinderSequenceItem"),
        ),
        (
            "AddNearSequence",
            Attribute(
                0x00460100,
                "SQ",
                "1",
                "1C",
                name="Add Near Sequence",
                when=("unknown", "names no attribute: Add Near is measured in the lens"),
            ),
            Lazy("dicomodel.items.add_near_sequence_item", "AddNearSequenceItem"),
        ),
        (
            "AddIntermediateSequence",
            Attribute(
                0x00460101,
                "SQ",
                "1",
                "1C",
                name="Add Intermediate Sequence",
                when=("unknown", "names no attribute: Add intermediate is measured in the lens"),
            ),
            Lazy("dicomodel.items.add_near_sequence_item", "AddNearSequenceItem"),
        ),
        (
            "PrismSequence",
            Attribute(
                0x00460028,
                "SQ",
                "1",
                "1C",
                name="Prism Sequence",
                when=(
                    "unknown",
                    "names no attribute: prism is measured in the lens or if this part of a refraction is done for a patient",
                ),
            ),
            Lazy("dicomodel.items.prism_sequence_item", "PrismSequenceItem"),
        ),
        (
            "LensSegmentType",
            Attribute(
                0x00460038,
                "CS",
                "1",
                "3",
                name="Lens Segment Type",
                enumerated=((0, ("PROGRESSIVE", "NONPROGRESSIVE")),),
            ),
            None,
        ),
        (
            "OpticalTransmittance",
            Attribute(0x00460040, "FD", "1", "3", name="Optical Transmittance"),
            None,
        ),
        ("ChannelWidth", Attribute(0x00460042, "FD", "1", "3", name="Channel Width"), None),
    ),
)
