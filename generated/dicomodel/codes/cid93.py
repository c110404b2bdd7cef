"""CID 93 Joint Positioning Method.

Extensible, version 20100625, UID 1.2.840.10008.6.1.893.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 93
NAME: Final[str] = "Joint Positioning Method"
KEYWORD: Final[str | None] = "JointPositioningMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.893"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100625"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PassiveMovement: Final[Code] = Code("SCT", "21278004", "Passive movement", (93,))
"""Passive movement (SCT 21278004)."""

ManipulationOfJoint: Final[Code] = Code("SCT", "118745001", "Manipulation of joint", (93,))
"""Manipulation of joint (SCT 118745001)."""

MEMBERS: Final[tuple[Code, ...]] = (PassiveMovement, ManipulationOfJoint)
"""The resolved membership: own members, then those of the included groups, in order."""
