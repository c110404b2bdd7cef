"""CID 2 Anatomic Modifier.

Extensible, version 20190118, UID 1.2.840.10008.6.1.1.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
Right: _Final[_Code]
Left: _Final[_Code]
Bilateral: _Final[_Code]
Unilateral: _Final[_Code]
Lateral: _Final[_Code]
Median: _Final[_Code]
Anterior: _Final[_Code]
Posterior: _Final[_Code]
Cephalic: _Final[_Code]
Caudal: _Final[_Code]
Medial: _Final[_Code]
Central: _Final[_Code]
Peripheral: _Final[_Code]
External: _Final[_Code]
Internal: _Final[_Code]
Intermediate: _Final[_Code]
Inferior: _Final[_Code]
Superior: _Final[_Code]
Transverse: _Final[_Code]
Proximal: _Final[_Code]
Distal: _Final[_Code]
Postaxial: _Final[_Code]
Preaxial: _Final[_Code]
Apical: _Final[_Code]
Basal: _Final[_Code]
Afferent: _Final[_Code]
Efferent: _Final[_Code]
Coronal: _Final[_Code]
Superficial: _Final[_Code]
Deep: _Final[_Code]
Horizontal: _Final[_Code]
Longitudinal: _Final[_Code]
Vertical: _Final[_Code]
Sagittal: _Final[_Code]
Axial: _Final[_Code]
ExtraArticular: _Final[_Code]
Surface: _Final[_Code]
Gutter: _Final[_Code]
Hilar: _Final[_Code]
Capsular: _Final[_Code]
Subcapsular: _Final[_Code]
Edge: _Final[_Code]
Anterolateral: _Final[_Code]
Posterolateral: _Final[_Code]
IntraArticular: _Final[_Code]
Marginal: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
