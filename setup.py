"""Package layout that pyproject.toml cannot express on its own.

The top-level ``resources/`` folder (fonts, icons, translations) is installed inside the
package as ``workshop_app/_resources`` so that an installed app (``pip install .``) finds it;
``workshop_app.paths.resource_path`` looks there after the checkout's own ``resources/``.
All other metadata lives in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["workshop_app", "workshop_app.*"]), "workshop_app._resources"],
    package_dir={"workshop_app._resources": "resources"},
    package_data={"workshop_app._resources": ["*/*", "*/*/*"]},
    include_package_data=False,
)
