"""CID 643 Toxin.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1108.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 643
NAME: Final[str] = "Toxin"
KEYWORD: Final[str | None] = "Toxin"
UID: Final[str | None] = "1.2.840.10008.6.1.1108"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Lysophosphatidylcholine: Final[Code] = Code("SCT", "54446009", "Lysophosphatidylcholine", (643,))
"""Lysophosphatidylcholine (SCT 54446009)."""

EthidiumBromide: Final[Code] = Code("UMLS", "C0019873", "Ethidium Bromide", (643,))
"""Ethidium Bromide (UMLS C0019873)."""

_6Hydroxydopamine: Final[Code] = Code("PUBCHEM_CID", "4624", "6-hydroxydopamine", (643,))
"""6-hydroxydopamine (PUBCHEM_CID 4624)."""

Lipopolysaccharide: Final[Code] = Code("SCT", "3325005", "Lipopolysaccharide", (643,))
"""Lipopolysaccharide (SCT 3325005)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Lysophosphatidylcholine,
    EthidiumBromide,
    _6Hydroxydopamine,
    Lipopolysaccharide,
)
"""The resolved membership: own members, then those of the included groups, in order."""
