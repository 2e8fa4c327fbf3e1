package kr.civicdata.api.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Offline validation of {@code deploy/}, since no cluster or container engine runs in CI: every YAML file parses, the
 * Kubernetes objects carry what a production deployment needs and refer to each other consistently, compose runs the
 * same roles and modes, and the probes point at endpoints this service answers. {@code .ci/validate-deploy.sh} adds
 * what the tools of the machine can check (kustomize, compose).
 */
@QuarkusTest
class DeployManifestsTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final Pattern JDBC_HOST = Pattern.compile("jdbc:postgresql://([^:/]+)[:/].*");

    /** Every object of deploy/k8s, by kind; each kind appears once. */
    private static Map<String, JsonNode> objects;

    @BeforeAll
    static void readKubernetesObjects() throws IOException {
        objects = new HashMap<>();
        for (Path file : yamlFiles(DEPLOY.resolve("k8s"))) {
            if (file.getFileName().toString().equals("kustomization.yaml")) {
                continue;
            }
            for (JsonNode object : documents(file)) {
                String kind = object.path("kind").asText();
                assertFalse(kind.isEmpty(), file + ": an object without kind");
                assertFalse(object.path("apiVersion").asText().isEmpty(), file + ": " + kind + " without apiVersion");
                assertFalse(object.at("/metadata/name").asText().isEmpty(), file + ": " + kind + " without a name");
                if (objects.put(kind, object) != null) {
                    fail("two objects of kind " + kind);
                }
            }
        }
    }

    private static List<Path> yamlFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
                    .sorted().toList();
        }
    }

    private static List<JsonNode> documents(Path file) throws IOException {
        try (var parser = new YAMLFactory().createParser(file.toFile())) {
            List<JsonNode> documents = new ArrayList<>();
            YAML.readValues(parser, JsonNode.class).forEachRemaining(documents::add);
            return documents.stream().filter(node -> !node.isNull() && !node.isMissingNode()).toList();
        }
    }

    private static JsonNode object(String kind) {
        JsonNode object = objects.get(kind);
        assertTrue(object != null, "no " + kind + " in deploy/k8s");
        return object;
    }

    private static JsonNode container(JsonNode podSpec, String name) {
        for (JsonNode container : podSpec.path("containers")) {
            if (container.path("name").asText().equals(name)) {
                return container;
            }
        }
        return fail("no container " + name);
    }

    private static Map<String, JsonNode> env(JsonNode container) {
        Map<String, JsonNode> env = new HashMap<>();
        container.path("env").forEach(variable -> env.put(variable.path("name").asText(), variable));
        return env;
    }

    private static String jdbcHost(JsonNode container) {
        String url = env(container).getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", MissingNode.getInstance())
                .path("value").asText();
        Matcher host = JDBC_HOST.matcher(url);
        assertTrue(host.matches(), "no PostgreSQL JDBC URL in container " + container.path("name") + ": " + url);
        return host.group(1);
    }

    @Test
    void should_parse_every_yaml_file_under_deploy() throws IOException {
        List<Path> files = yamlFiles(DEPLOY);
        assertTrue(files.size() >= 8, "expected compose and the k8s files, found " + files);
        for (Path file : files) {
            assertFalse(documents(file).isEmpty(), file + " holds no document");
        }
    }

    @Test
    void should_list_every_manifest_in_the_kustomization_and_nothing_else() throws IOException {
        JsonNode kustomization = documents(DEPLOY.resolve("k8s/kustomization.yaml")).get(0);
        Set<String> listed = new TreeSet<>();
        kustomization.path("resources").forEach(resource -> listed.add(resource.asText()));
        Set<String> present = yamlFiles(DEPLOY.resolve("k8s")).stream().map(file -> file.getFileName().toString())
                .filter(name -> !name.equals("kustomization.yaml")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(present, listed);
    }

    @Test
    void should_use_the_expected_api_versions() {
        Map<String, String> expected = Map.of(
                "Deployment", "apps/v1",
                "Service", "v1",
                "HorizontalPodAutoscaler", "autoscaling/v2",
                "PodDisruptionBudget", "policy/v1",
                "Job", "batch/v1",
                "Cluster", "postgresql.cnpg.io/v1");
        assertEquals(expected.keySet(), objects.keySet());
        expected.forEach((kind, apiVersion) -> assertEquals(apiVersion, object(kind).path("apiVersion").asText(),
                kind));
    }

    @Test
    void should_run_three_replicas_whose_labels_the_selectors_match() {
        JsonNode deployment = object("Deployment");
        assertEquals(3, deployment.at("/spec/replicas").asInt());
        JsonNode labels = deployment.at("/spec/template/metadata/labels");
        assertSelects(deployment.at("/spec/selector/matchLabels"), labels, "Deployment selector");
        assertSelects(object("Service").at("/spec/selector"), labels, "Service selector");
        assertSelects(object("PodDisruptionBudget").at("/spec/selector/matchLabels"), labels, "PDB selector");
        JsonNode target = object("HorizontalPodAutoscaler").at("/spec/scaleTargetRef");
        assertEquals("Deployment", target.path("kind").asText());
        assertEquals(deployment.at("/metadata/name").asText(), target.path("name").asText());
        assertEquals(3, object("HorizontalPodAutoscaler").at("/spec/minReplicas").asInt());
        assertEquals("cpu", object("HorizontalPodAutoscaler").at("/spec/metrics/0/resource/name").asText());
    }

    private static void assertSelects(JsonNode selector, JsonNode labels, String what) {
        assertTrue(selector.size() > 0, what + " is empty");
        selector.properties().forEach(entry -> assertEquals(entry.getValue(), labels.path(entry.getKey()),
                what + " " + entry.getKey() + " does not match the pod labels " + labels));
    }

    @Test
    void should_probe_health_on_a_declared_port_that_the_service_targets() {
        JsonNode api = container(object("Deployment").at("/spec/template/spec"), "api");
        Set<String> ports = new TreeSet<>();
        api.path("ports").forEach(port -> ports.add(port.path("name").asText()));
        assertEquals("/q/health/ready", api.at("/readinessProbe/httpGet/path").asText());
        assertEquals("/q/health/live", api.at("/livenessProbe/httpGet/path").asText());
        assertFalse(api.at("/startupProbe/httpGet/path").asText().isEmpty(), "no startupProbe");
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            assertTrue(ports.contains(api.at("/" + probe + "/httpGet/port").asText()), probe + " port not declared");
        }
        assertTrue(ports.contains(object("Service").at("/spec/ports/0/targetPort").asText()),
                "the Service targets a port the container does not declare");
        assertEquals(8080, api.at("/ports/0/containerPort").asInt());
    }

    /** The paths the probes call must be ones this service answers, with UP. */
    @Test
    void should_answer_200_on_every_probe_path() {
        JsonNode api = container(object("Deployment").at("/spec/template/spec"), "api");
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            given().get(api.at("/" + probe + "/httpGet/path").asText()).then().statusCode(200);
        }
    }

    @Test
    void should_run_every_pod_unprivileged_with_a_read_only_root_and_resources() {
        for (String kind : List.of("Deployment", "Job")) {
            JsonNode pod = object(kind).at("/spec/template/spec");
            assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean(), kind + ": runAsNonRoot");
            assertTrue(pod.at("/securityContext/runAsUser").asInt() > 0, kind + ": a numeric non-root runAsUser");
            assertEquals("RuntimeDefault", pod.at("/securityContext/seccompProfile/type").asText(), kind);
            Set<String> emptyDirs = new TreeSet<>();
            pod.path("volumes").forEach(volume -> {
                if (volume.has("emptyDir")) {
                    emptyDirs.add(volume.path("name").asText());
                }
            });
            assertTrue(pod.path("containers").size() > 0, kind + " has no container");
            for (JsonNode container : pod.path("containers")) {
                String what = kind + " container " + container.path("name").asText();
                JsonNode security = container.path("securityContext");
                assertTrue(security.path("readOnlyRootFilesystem").asBoolean(), what + ": readOnlyRootFilesystem");
                assertFalse(security.path("allowPrivilegeEscalation").asBoolean(true),
                        what + ": allowPrivilegeEscalation");
                assertEquals("ALL", security.at("/capabilities/drop/0").asText(), what + ": drop ALL capabilities");
                for (String resource : List.of("/requests/cpu", "/requests/memory", "/limits/memory")) {
                    assertFalse(container.at("/resources" + resource).asText().isEmpty(), what + ": " + resource);
                }
                boolean tmp = false;
                for (JsonNode mount : container.path("volumeMounts")) {
                    tmp |= mount.path("mountPath").asText().equals("/tmp")
                            && emptyDirs.contains(mount.path("name").asText());
                }
                assertTrue(tmp, what + ": a writable /tmp (emptyDir) under the read-only root");
            }
        }
    }

    /**
     * The database: one primary and two replicas; the Job migrates against the primary as the owner, the API reads
     * from the replicas as the managed read-only role that the Job's grants name.
     */
    @Test
    void should_migrate_on_the_primary_as_owner_and_serve_from_the_replicas_as_reader() {
        JsonNode cluster = object("Cluster");
        String name = cluster.at("/metadata/name").asText();
        assertEquals(3, cluster.at("/spec/instances").asInt());
        assertFalse(cluster.at("/spec/bootstrap/initdb/owner").asText().isEmpty(), "no owner at bootstrap");
        JsonNode reader = cluster.at("/spec/managed/roles/0");
        assertTrue(reader.path("login").asBoolean(), "the reader cannot log in");
        assertFalse(reader.path("superuser").asBoolean(false), "the reader is a superuser");

        JsonNode job = container(object("Job").at("/spec/template/spec"), "migrate");
        assertEquals("migrate", job.at("/args/0").asText());
        assertEquals(name + "-rw", jdbcHost(job));
        // The secret the operator makes for the bootstrap owner.
        assertEquals(name + "-app", env(job).get("QUARKUS_DATASOURCE_PASSWORD").at("/valueFrom/secretKeyRef/name")
                .asText());
        assertEquals(reader.path("name").asText(), env(job).get("APP_DB_READER_ROLE").path("value").asText());
        assertTrue(List.of("Never", "OnFailure")
                .contains(object("Job").at("/spec/template/spec/restartPolicy").asText()));

        JsonNode api = container(object("Deployment").at("/spec/template/spec"), "api");
        assertEquals(name + "-ro", jdbcHost(api));
        assertEquals(reader.at("/passwordSecret/name").asText(),
                env(api).get("QUARKUS_DATASOURCE_PASSWORD").at("/valueFrom/secretKeyRef/name").asText());
        assertEquals("false", env(api).get("QUARKUS_FLYWAY_MIGRATE_AT_START").path("value").asText());
        assertEquals("false", env(api).get("APP_DATA_LOAD_ON_START").path("value").asText());
    }

    /** A cluster's log collector reads JSON: the API and the migrate Job log it, though the default is plain text. */
    @Test
    void should_log_json_in_the_cluster() {
        for (JsonNode container : List.of(container(object("Job").at("/spec/template/spec"), "migrate"),
                container(object("Deployment").at("/spec/template/spec"), "api"))) {
            assertEquals("true", env(container).getOrDefault("QUARKUS_LOG_CONSOLE_JSON_ENABLED",
                    MissingNode.getInstance()).path("value").asText(), container.path("name").asText());
        }
    }

    @Test
    void should_compose_a_healthy_database_a_migrate_run_as_owner_and_the_api_as_reader() throws IOException {
        JsonNode services = documents(DEPLOY.resolve("compose.yaml")).get(0).path("services");
        JsonNode db = services.path("db");
        assertTrue(db.path("image").asText().startsWith("postgres:15"), "the official postgres:15 image");
        assertTrue(db.at("/healthcheck/test").toString().contains("pg_isready"), "a pg_isready health check");
        String initScript = Files.readString(DEPLOY.resolve("postgres/create-roles.sh"), StandardCharsets.UTF_8);
        assertTrue(db.path("volumes").toString().contains("./postgres/create-roles.sh:/docker-entrypoint-initdb.d/"),
                "the role script is not mounted as an init script");

        JsonNode migrate = services.path("migrate");
        assertEquals("migrate", migrate.at("/command/0").asText());
        assertEquals("service_healthy", migrate.at("/depends_on/db/condition").asText());
        String owner = migrate.at("/environment/QUARKUS_DATASOURCE_USERNAME").asText();
        String reader = migrate.at("/environment/APP_DB_READER_ROLE").asText();

        JsonNode api = services.path("api");
        assertEquals("service_completed_successfully", api.at("/depends_on/migrate/condition").asText());
        assertEquals(reader, api.at("/environment/QUARKUS_DATASOURCE_USERNAME").asText());
        assertFalse(reader.equals(owner), "the api connects as the owner");
        assertEquals("false", api.at("/environment/QUARKUS_FLYWAY_MIGRATE_AT_START").asText());
        assertEquals("false", api.at("/environment/APP_DATA_LOAD_ON_START").asText());
        assertEquals(migrate.path("image"), api.path("image"), "migrate and api run different images");
        for (String role : List.of(owner, reader)) {
            assertTrue(initScript.contains("CREATE ROLE " + role + " LOGIN"), "the init script creates no " + role);
        }
        assertTrue(initScript.contains("OWNER " + owner), "the database is not owned by " + owner);
    }

    @Test
    void should_build_a_multi_stage_image_that_runs_the_fast_jar_as_a_numeric_non_root_user() throws IOException {
        List<String> lines = Files.readAllLines(DEPLOY.resolve("Dockerfile"), StandardCharsets.UTF_8);
        List<String> stages = lines.stream().filter(line -> line.startsWith("FROM ")).toList();
        assertEquals(2, stages.size(), "a build stage and a runtime stage: " + stages);
        assertTrue(stages.get(0).contains("jdk") && stages.get(1).contains("jre"), stages.toString());
        List<String> runtime = lines.subList(lines.indexOf(stages.get(1)), lines.size());
        String user = runtime.stream().filter(line -> line.startsWith("USER ")).reduce((a, b) -> b)
                .orElseGet(() -> fail("no USER in the runtime stage")).substring(5).split(":")[0];
        assertTrue(user.matches("[1-9][0-9]*"), "USER must be numeric and not root: " + user);
        runtime.stream().filter(line -> line.startsWith("COPY ")).forEach(line -> assertTrue(
                line.contains("--from=build /build/target/quarkus-app/"), "the runtime copies only quarkus-app: "
                        + line));
        assertTrue(runtime.contains("EXPOSE 8080"));
        List<String> ignore = Files.readAllLines(DEPLOY.resolve("Dockerfile.dockerignore"), StandardCharsets.UTF_8);
        assertTrue(ignore.contains("*"), "the build context is an allow-list");
    }
}
