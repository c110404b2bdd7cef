"""CID 7062 Purpose of Reference to Predecessor 3D Model.

Extensible, version 20180403, UID 1.2.840.10008.6.1.1203.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7062
NAME: Final[str] = "Purpose of Reference to Predecessor 3D Model"
KEYWORD: Final[str | None] = "PurposeOfReferenceToPredecessor3DModel"
UID: Final[str | None] = "1.2.840.10008.6.1.1203"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20180403"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

EditedModel: Final[Code] = Code("DCM", "129010", "Edited Model", (7062,))
"""Edited Model (DCM 129010)."""

ComponentModel: Final[Code] = Code("DCM", "129011", "Component Model", (7062,))
"""Component Model (DCM 129011)."""

MEMBERS: Final[tuple[Code, ...]] = (EditedModel, ComponentModel)
"""The resolved membership: own members, then those of the included groups, in order."""
