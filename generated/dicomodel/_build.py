"""Provenance of this build: edition, sources, overlays, counts.

Generated from DICOM 2024c; do not edit.
"""

BUILD = {
    "counts": {
        "attributes": 86622,
        "codes": 10924,
        "coding_schemes": 74,
        "context_group_uids": 1384,
        "context_groups": 1384,
        "data_elements": 5092,
        "directory_elements": 19,
        "file_meta_elements": 22,
        "iods": 189,
        "macros": 300,
        "modules": 403,
        "sop_classes": 221,
        "uids": 454,
    },
    "dictionary": {
        "detail": "pydicom 3.0.2 bundled data dictionary (DICOM 2024c)",
        "edition": "2024c",
        "source": "pydicom",
    },
    "edition": "2024c",
    "overlays": [],
    "sources": [
        {
            "edition": "2024c",
            "format": "chtml",
            "location": "https://dicom.nema.org/medical/dicom/2024c/output/chtml/part03",
            "part": 3,
        },
        {
            "edition": "2024c",
            "format": "chtml",
            "location": "https://dicom.nema.org/medical/dicom/2024c/output/chtml/part04",
            "part": 4,
        },
        {
            "edition": "2024c",
            "format": "chtml",
            "location": "https://dicom.nema.org/medical/dicom/2024c/output/chtml/part06",
            "part": 6,
        },
        {
            "edition": "2024c",
            "format": "chtml",
            "location": "https://dicom.nema.org/medical/dicom/2024c/output/chtml/part16",
            "part": 16,
        },
    ],
}
