/// Gives every field the requirement `optional` on each platform that applies to it and that
/// the schema leaves unsaid.
///
/// Which platforms apply is not written on the object: an object in an SDK request is on `pc`
/// and `mobile`, one in a REST body on `api`. Objects reached by both kinds (a checker error)
/// get all three; unreached objects keep only what is written.
enum PlatformDefaults {
    static func apply(to schema: inout Schema) {
        let reachability = ObjectReachability(schema)
        for index in schema.objects.indices {
            let platforms = reachability.platforms(of: schema.objects[index].id)
            for fieldIndex in schema.objects[index].fields.indices {
                for platform in platforms where schema.objects[index].fields[fieldIndex].requirements[platform] == nil {
                    schema.objects[index].fields[fieldIndex].requirements.byPlatform[platform] = .optional
                }
            }
        }
    }
}
