# Included from app/CMakeLists.txt: embeds the application icon (:/icons/gtzan-explorer.svg) in
# gtzan_gui. qt_add_resources (not a .qrc in the sources) so the resource survives static linking.
qt_add_resources(gtzan_gui "gtzan_icons"
    PREFIX /icons
    BASE ${PROJECT_SOURCE_DIR}/resources/icons
    FILES ${PROJECT_SOURCE_DIR}/resources/icons/gtzan-explorer.svg)

# The starter model (:/models/starter.gtzm): prediction works on first launch without training.
# resources/models/train-starter.sh remakes it with gtzan-cli train on ../shared's GTZAN sample.
qt_add_resources(gtzan_gui "gtzan_models"
    PREFIX /models
    BASE ${PROJECT_SOURCE_DIR}/resources/models
    FILES ${PROJECT_SOURCE_DIR}/resources/models/starter.gtzm)
