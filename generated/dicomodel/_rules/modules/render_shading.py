"""Presence rules of Render Shading Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RenderShadingModule = (
    "table_C.11.31-1",
    (
        (
            "ShadingStyle",
            Attribute(
                0x00701701,
                "CS",
                "1",
                "1",
                name="Shading Style",
                enumerated=((0, ("SINGLESIDED", "DOUBLESIDED")),),
            ),
            None,
        ),
        (
            "AmbientReflectionIntensity",
            Attribute(0x00701702, "FD", "1", "1", name="Ambient Reflection Intensity"),
            None,
        ),
        (
            "LightDirection",
            Attribute(
                0x00701703,
                "FD",
                "3",
                "1C",
                name="Light Direction",
                when=("or", ("present", 0x00701704), ("present", 0x00701705)),
            ),
            None,
        ),
        (
            "DiffuseReflectionIntensity",
            Attribute(0x00701704, "FD", "1", "3", name="Diffuse Reflection Intensity"),
            None,
        ),
        (
            "SpecularReflectionIntensity",
            Attribute(0x00701705, "FD", "1", "3", name="Specular Reflection Intensity"),
            None,
        ),
        ("Shininess", Attribute(0x00701706, "FD", "1", "3", name="Shininess"), None),
    ),
)
