"""CID 8135 Microscopy Annotation Property Type.

Extensible, version 20210712, UID 1.2.840.10008.6.1.1365.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 8135
NAME: Final[str] = "Microscopy Annotation Property Type"
KEYWORD: Final[str | None] = "MicroscopyAnnotationPropertyType"
UID: Final[str | None] = "1.2.840.10008.6.1.1365"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210712"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Cell: Final[Code] = Code("SCT", "4421005", "Cell", (8135,))
"""Cell (SCT 4421005)."""

Nucleus: Final[Code] = Code("SCT", "84640000", "Nucleus", (8135,))
"""Nucleus (SCT 84640000)."""

MEMBERS: Final[tuple[Code, ...]] = (Cell, Nucleus)
"""The resolved membership: own members, then those of the included groups, in order."""
