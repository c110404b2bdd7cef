"""CID 6047 CAD Processing and Finding Summary.

Non-extensible, version 20020904, UID 1.2.840.10008.6.1.377.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6047
NAME: Final[str] = "CAD Processing and Finding Summary"
KEYWORD: Final[str | None] = "CADProcessingAndFindingSummary"
UID: Final[str | None] = "1.2.840.10008.6.1.377"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AllAlgorithmsSucceededWithoutFindings: Final[Code] = Code(
    "DCM", "111241", "All algorithms succeeded; without findings", (6047,)
)
"""All algorithms succeeded; without findings (DCM 111241)."""

AllAlgorithmsSucceededWithFindings: Final[Code] = Code(
    "DCM", "111242", "All algorithms succeeded; with findings", (6047,)
)
"""All algorithms succeeded; with findings (DCM 111242)."""

NotAllAlgorithmsSucceededWithoutFindings: Final[Code] = Code(
    "DCM", "111243", "Not all algorithms succeeded; without findings", (6047,)
)
"""Not all algorithms succeeded; without findings (DCM 111243)."""

NotAllAlgorithmsSucceededWithFindings: Final[Code] = Code(
    "DCM", "111244", "Not all algorithms succeeded; with findings", (6047,)
)
"""Not all algorithms succeeded; with findings (DCM 111244)."""

NoAlgorithmsSucceededWithoutFindings: Final[Code] = Code(
    "DCM", "111245", "No algorithms succeeded; without findings", (6047,)
)
"""No algorithms succeeded; without findings (DCM 111245)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AllAlgorithmsSucceededWithoutFindings,
    AllAlgorithmsSucceededWithFindings,
    NotAllAlgorithmsSucceededWithoutFindings,
    NotAllAlgorithmsSucceededWithFindings,
    NoAlgorithmsSucceededWithoutFindings,
)
"""The resolved membership: own members, then those of the included groups, in order."""
