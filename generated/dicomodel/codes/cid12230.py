"""CID 12230 Gradient Method.

Extensible, version 20030918, UID 1.2.840.10008.6.1.621.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12230
NAME: Final[str] = "Gradient Method"
KEYWORD: Final[str | None] = "GradientMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.621"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030918"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

FullBernoulli: Final[Code] = Code("DCM", "125217", "Full Bernoulli", (12230,))
"""Full Bernoulli (DCM 125217)."""

SimplifiedBernoulli: Final[Code] = Code("DCM", "125218", "Simplified Bernoulli", (12230,))
"""Simplified Bernoulli (DCM 125218)."""

MEMBERS: Final[tuple[Code, ...]] = (FullBernoulli, SimplifiedBernoulli)
"""The resolved membership: own members, then those of the included groups, in order."""
