# Included from app/CMakeLists.txt: embeds the application icon (:/icons/gtzan-explorer.svg) in
# gtzan_gui. qt_add_resources (not a .qrc in the sources) so the resource survives static linking.
qt_add_resources(gtzan_gui "gtzan_icons"
    PREFIX /icons
    BASE ${PROJECT_SOURCE_DIR}/resources/icons
    FILES ${PROJECT_SOURCE_DIR}/resources/icons/gtzan-explorer.svg)

# The starter models, so prediction works on first launch without training or ../shared:
# :/models/starter.gtzm (embed_mlp on musicnn MSD max_pool; the file carries the musicnn weights,
# ISC licence) and :/models/starter-cnn1d.gtzm (a small cnn1d). resources/models/train-starter.sh
# and train-starter-cnn1d.sh remake them with gtzan-cli train on ../shared's GTZAN sample.
qt_add_resources(gtzan_gui "gtzan_models"
    PREFIX /models
    BASE ${PROJECT_SOURCE_DIR}/resources/models
    FILES ${PROJECT_SOURCE_DIR}/resources/models/starter.gtzm ${PROJECT_SOURCE_DIR}/resources/models/starter-cnn1d.gtzm)
