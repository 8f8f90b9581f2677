-- How tilemaker (https://github.com/systemed/tilemaker) turns OpenStreetMap data into the atlas's
-- street basemap: which objects go into which layer, from which zoom, with which properties.
-- Layers and properties are the ones src/lib/map/street-style.ts draws (STREET_LAYERS in
-- src/lib/geo/street-tiles.ts); nothing else is written. Names: OSM's `name` (in Shanghai the
-- Chinese name) and `name:en` where it is tagged, as `name` and `name_en`.

node_keys = { "amenity", "tourism", "railway" }

function init_function()
end

function exit_function()
end

-- Road classes the style knows, and the zoom each appears from.
local road_class = {
	motorway = "motorway", motorway_link = "motorway",
	trunk = "trunk", trunk_link = "trunk",
	primary = "primary", primary_link = "primary",
	secondary = "secondary", secondary_link = "secondary",
	tertiary = "tertiary", tertiary_link = "tertiary",
	residential = "minor", unclassified = "minor", living_street = "minor", road = "minor",
	service = "service",
	pedestrian = "path", footway = "path", cycleway = "path", path = "path", steps = "path",
	track = "path"
}
local road_zoom = {
	motorway = 10, trunk = 10, primary = 11, secondary = 12, tertiary = 12,
	minor = 13, service = 14, path = 14
}
local railway_zoom = { rail = 10, subway = 10, light_rail = 10, narrow_gauge = 12, tram = 12 }
local landuse_class = {
	industrial = "industrial", commercial = "commercial", retail = "commercial",
	residential = "residential", farmland = "farmland", forest = "wood", grass = "grass",
	meadow = "grass", cemetery = "grass", construction = "construction", railway = "industrial"
}
local park_class = { park = "park", garden = "park", nature_reserve = "park", pitch = "pitch",
	sports_centre = "pitch", stadium = "pitch" }
local water_area = { water = true, reservoir = true, basin = true, riverbank = true }
local waterway_class = { river = "river", canal = "canal", stream = "stream", drain = "stream",
	ditch = "stream" }
local poi_class = { school = "school", university = "school", college = "school",
	hospital = "hospital", clinic = "hospital", library = "culture", townhall = "civic",
	museum = "culture", theatre = "culture", station = "station" }

local function names(obj)
	local name = obj:Find("name")
	if name ~= "" then obj:Attribute("name", name) end
	local name_en = obj:Find("name:en")
	if name_en ~= "" then obj:Attribute("name_en", name_en) end
end

local function poi(obj, class)
	obj:Attribute("class", class)
	names(obj)
	obj:MinZoom(14)
end

function node_function(node)
	if node:Find("name") == "" then return end
	local class = poi_class[node:Find("amenity")] or poi_class[node:Find("tourism")]
	if node:Find("railway") == "station" then class = "station" end
	if class then
		node:Layer("poi", false)
		poi(node, class)
	end
end

function way_function(way)
	local closed = way:IsClosed()
	local highway = way:Find("highway")
	local railway = way:Find("railway")
	local waterway = way:Find("waterway")
	local natural = way:Find("natural")
	local landuse = way:Find("landuse")
	local leisure = way:Find("leisure")
	local building = way:Find("building")

	local road = road_class[highway]
	if road and way:Find("area") ~= "yes" then
		way:Layer("transportation", false)
		way:Attribute("class", road)
		names(way)
		local ref = way:Find("ref")
		if ref ~= "" then way:Attribute("ref", ref) end
		way:MinZoom(road_zoom[road])
	end

	if railway_zoom[railway] and way:Find("service") == "" then
		way:Layer("railway", false)
		way:Attribute("class", railway)
		way:MinZoom(railway_zoom[railway])
	end

	if waterway_class[waterway] and not closed then
		way:Layer("waterway", false)
		way:Attribute("class", waterway_class[waterway])
		names(way)
		way:MinZoom(waterway == "river" and 10 or 13)
	end

	if closed and (natural == "water" or water_area[landuse] or waterway == "riverbank") then
		way:Layer("water", true)
		names(way)
		-- The thematic basemap has the district's rivers and lakes at the wider zooms.
		way:MinZoom(12)
	end

	if closed and landuse_class[landuse] then
		way:Layer("landuse", true)
		way:Attribute("class", landuse_class[landuse])
		way:MinZoom(11)
	end

	if closed and park_class[leisure] then
		way:Layer("park", true)
		way:Attribute("class", park_class[leisure])
		names(way)
		way:MinZoom(11)
	end

	if closed and building ~= "" and building ~= "no" then
		way:Layer("building", true)
		way:MinZoom(14)
	end

	if closed and way:Find("name") ~= "" then
		local class = poi_class[way:Find("amenity")] or poi_class[way:Find("tourism")]
		if class then
			way:LayerAsCentroid("poi")
			poi(way, class)
		end
	end
end
