"""Coding scheme BARI: BARI.

8 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code

DESIGNATOR: _Final[str] = "BARI"
NAME: _Final[str] = "BARI"
UID: _Final[str | None] = None
URI: _Final[str | None] = None
RETIRED: _Final[bool] = False

PosteriorDescendingSeptalPerforators: _Final[_Code] = _Code(
    "BARI", "9", "Posterior descending septal perforators", (3014,)
)
"""Posterior descending septal perforators (BARI 9)."""

RamusLaterals: _Final[_Code] = _Code("BARI", "28A", "Ramus Laterals", (3014,))
"""Ramus Laterals (BARI 28A)."""

_1stDiagonalCoronaryArteryLaterals: _Final[_Code] = _Code(
    "BARI", "15A", "1st Diagonal Coronary Artery Laterals", (3014,)
)
"""1st Diagonal Coronary Artery Laterals (BARI 15A)."""

_1stMarginalCoronaryArteryLaterals: _Final[_Code] = _Code(
    "BARI", "20A", "1st Marginal Coronary Artery Laterals", (3014,)
)
"""1st Marginal Coronary Artery Laterals (BARI 20A)."""

_2ndDiagonalCoronaryArteryLaterals: _Final[_Code] = _Code(
    "BARI", "16A", "2nd Diagonal Coronary Artery Laterals", (3014,)
)
"""2nd Diagonal Coronary Artery Laterals (BARI 16A)."""

_2ndMarginalCoronaryArteryLaterals: _Final[_Code] = _Code(
    "BARI", "21A", "2nd Marginal Coronary Artery Laterals", (3014,)
)
"""2nd Marginal Coronary Artery Laterals (BARI 21A)."""

_3rdDiagonalCoronaryArteryLaterals: _Final[_Code] = _Code(
    "BARI", "29A", "3rd Diagonal Coronary Artery Laterals", (3014,)
)
"""3rd Diagonal Coronary Artery Laterals (BARI 29A)."""

_3rdMarginalCoronaryArteryLaterals: _Final[_Code] = _Code(
    "BARI", "22A", "3rd Marginal Coronary Artery Laterals", (3014,)
)
"""3rd Marginal Coronary Artery Laterals (BARI 22A)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PosteriorDescendingSeptalPerforators,
    RamusLaterals,
    _1stDiagonalCoronaryArteryLaterals,
    _1stMarginalCoronaryArteryLaterals,
    _2ndDiagonalCoronaryArteryLaterals,
    _2ndMarginalCoronaryArteryLaterals,
    _3rdDiagonalCoronaryArteryLaterals,
    _3rdMarginalCoronaryArteryLaterals,
)
"""Every code of the scheme in PS3.16, sorted by name."""
