"""Presence rules of Volume Render Geometry Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
VolumeRenderGeometryModule = (
    "table_C.11.30-1",
    (
        (
            "RenderProjection",
            Attribute(
                0x00701602,
                "CS",
                "1",
                "1",
                name="Render Projection",
                enumerated=((0, ("ORTHOGRAPHIC", "PERSPECTIVE")),),
            ),
            None,
        ),
        (
            "ViewpointPosition",
            Attribute(0x00701603, "FD", "3", "1", name="Viewpoint Position"),
            None,
        ),
        (
            "ViewpointLookAtPoint",
            Attribute(0x00701604, "FD", "3", "1", name="Viewpoint LookAt Point"),
            None,
        ),
        (
            "ViewpointUpDirection",
            Attribute(0x00701605, "FD", "3", "1", name="Viewpoint Up Direction"),
            None,
        ),
        (
            "RenderFieldOfView",
            Attribute(0x00701606, "FD", "6", "1", name="Render Field of View"),
            None,
        ),
        (
            "RenderingMethod",
            Attribute(
                0x0070120D,
                "CS",
                "1",
                "1",
                name="Rendering Method",
                enumerated=((0, ("MAXIMUM_IP", "MINIMUM_IP", "VOLUME_RENDERED")),),
            ),
            None,
        ),
        (
            "SamplingStepSize",
            Attribute(0x00701607, "FD", "1", "3", name="Sampling Step Size"),
            None,
        ),
    ),
)
