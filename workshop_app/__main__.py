"""Entry point: ``workshop-app`` and ``python -m workshop_app``."""

from workshop_app.cli import main

if __name__ == "__main__":
    main()
